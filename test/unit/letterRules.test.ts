import assert from 'node:assert/strict';
import { CONFUSED_RULES } from '../../src/core/checks/confusedWords';
import { confusedWordsIn, desperatePhrasesIn } from '../../src/core/checks/proseChecks';
import { TONE_RULES } from '../../src/core/checks/tone';

/** For each confused-word rule: sentences where it must fire (with the word meant) and where it must not. */
const CONFUSED: { fires: [string, string][]; quiet: string[] }[] = [
  /* 0 manger */ { fires: [['i report to the hiring manger.', 'manager']], quiet: ['the nativity scene had a manger.'.replace('manger', 'crib')] },
  /* 1 pubic */ { fires: [['experience in pubic health.', 'public']], quiet: ['experience in public health.'] },
  /* 2 defiantly */ { fires: [['i would defiantly enjoy it.', 'definitely']], quiet: ['i would definitely enjoy it.'] },
  /* 3 untied */ { fires: [['i moved from the untied kingdom.', 'united']], quiet: ['the laces came untied.'] },
  /* 4 teem */ { fires: [['the teem was welcoming.', 'team']], quiet: ['the rivers teem with fish.'] },
  /* 5 retards */ { fires: [['best retards,', 'regards']], quiet: ['best regards,'] },
  /* 6 statue */ { fires: [['could you tell me the statue of my application?', 'status']], quiet: ['we admired the statue in the square.'] },
  /* 7 prefect */ { fires: [['it is a prefect fit for me.', 'perfect']], quiet: ['i was a school prefect.'] },
  /* 8 then→than */ { fires: [['the team is larger then i expected.', 'than'], ['more then ten years.', 'than']], quiet: ['we met earlier, then walked over.', 'more than ten years.'] },
  /* 9 than→then */ { fires: [['i will follow up and than call.', 'then'], ['since than i have grown.', 'then']], quiet: ['better than ever.', 'even more than before.'] },
  /* 10 now and than */ { fires: [['we speak every now and than.', 'then']], quiet: ['now and then we speak.'] },
  /* 11 principle engineer */ { fires: [['meeting your principle engineer.', 'principal'], ['a principle designer role.', 'principal']], quiet: ['the principle of least privilege.', 'a principal engineer.'] },
  /* 12 guiding principals */ { fires: [['your guiding principals resonate.', 'principles']], quiet: ['the school principals met.'] },
  /* 13 in principal */ { fires: [['we agreed in principal.', 'principle']], quiet: ['we agreed in principle.'] },
  /* 14 form→from */ { fires: [['i look forward to hearing form you.', 'from'], ['i learned form the best.', 'from']], quiet: ['please fill in the feedback form.', 'the teams form a group.', 'we will hear from you.'] },
  /* 15 from→form */ { fires: [['i filled out the from yesterday.', 'form']], quiet: ['i filled out the survey from home.'] },
  /* 16 there team */ { fires: [['i admire there team.', 'their'], ['they showed me there own roadmap.', 'their']], quiet: ['is there team space?', 'i met people there and stayed there.', 'the staff there work hard.'] },
  /* 17 they're team */ { fires: [["they're team is growing.", 'their']], quiet: ["they're growing."] },
  /* 18 their is */ { fires: [['their is a lot to learn.', 'there'], ['their are three teams.', 'there']], quiet: ['their work is excellent.'] },
  /* 19 over their */ { fires: [['i would love to work over their.', 'there']], quiet: ['they shared over their lunch.'] },
  /* 20 their going */ { fires: [['their going to expand.', "they're"]], quiet: ['their going-away party.'.replace('going-away', 'farewell')] },
  /* 21 roll→role */ { fires: [['thank you for the interview for the roll of analyst.', 'role'], ['the senior roll in your team.', 'role'], ['in my last roll i coached two analysts.', 'role']], quiet: ['we are on a roll.', 'the roll out went well.', 'the first roll-out went well.', 'a roll of tape.'] },
  /* 22 role out */ { fires: [['we will role out the feature.', 'roll'], ['i had to role it back.', 'roll']], quiet: ['the role outlined in the ad.'] },
  /* 23 kind complement */ { fires: [['thank you for the kind complement.', 'compliment']], quiet: ['a full complement of staff.'] },
  /* 24 would compliment */ { fires: [['my skills would compliment your team.', 'complement']], quiet: ['i would compliment your team on the launch.', 'i wanted to compliment the chef.'] },
  /* 25 compliment each other */ { fires: [['our skills compliment each other.', 'complement']], quiet: ['our skills complement each other.'] },
  /* 26 to loose */ { fires: [['i do not want to loose momentum.', 'lose'], ["we can't loose this.", 'lose']], quiet: ['a loose thread.', 'loose-leaf paper.'] },
  /* 27 loose sight */ { fires: [['never loose sight of the goal.', 'lose'], ['it is easy to loose track.', 'lose']], quiet: ['the loose ends.'] },
  /* 28 lose ends */ { fires: [['tie up the lose ends.', 'loose']], quiet: ['we lose endurance.'] },
  /* 29 an affect */ { fires: [['it had a positive affect on sales.', 'effect'], ['the affect of the change on morale.', 'effect']], quiet: ['the patient had a flat affect.', 'it will affect the team.'] },
  /* 30 effect → affect */ { fires: [['this will effect the team.', 'affect']], quiet: ['to effect the change we need.', 'the effect was large.'] },
  /* 31 weather or not */ { fires: [['weather or not we win.', 'whether']], quiet: ['whether or not we win.'] },
  /* 32 know weather */ { fires: [['i wanted to know weather you had decided.', 'whether']], quiet: ['i checked weather forecasts daily.', 'we plan around weather downtime.'] },
  /* 33 stationary → stationery */ { fires: [['i ordered office stationary.', 'stationery'], ['stationary supplies ran low.', 'stationery']], quiet: ['the traffic was stationary.'] },
  /* 34 stationery → stationary */ { fires: [['the vehicle remained stationery.', 'stationary']], quiet: ['what i ordered was stationery.'] },
  /* 35 its → it's */ { fires: [['its a great opportunity.', "it's"], ['its been a pleasure.', "it's"]], quiet: ['the company and its mission.', 'its time zone differs.'] },
  /* 36 it's → its */ { fires: [["the company and it's mission.", 'its']], quiet: ["it's a mission."] },
  /* 37 your → you're */ { fires: [['your welcome to call.', "you're"], ['your a great team.', "you're"]], quiet: ['your team is great.', 'your a-level results.'] },
  /* 38 you're → your */ { fires: [["thank you for you're time.", 'your'], ["you're team impressed me.", 'your']], quiet: ["you're welcome."] },
  /* 39 who's → whose */ { fires: [["the manager who's team i would join.", 'whose']], quiet: ["the manager who's leading it."] },
  /* 40 lead → led */ { fires: [['i have lead three projects.', 'led'], ['the project was lead by me.', 'led']], quiet: ['i lead a team of five.', 'this has lead to growth.'.replace('lead', 'led'), 'i was lead on the audit.'] },
  /* 41 to led → lead */ { fires: [['i would love to led the team.', 'lead']], quiet: ['i led the team.'] },
  /* 42 led engineer */ { fires: [['as tech led engineer i ship.', 'lead']], quiet: ['the project i led was a success.'] },
  /* 43 passed → past */ { fires: [['in the passed year i grew.', 'past'], ['over the passed few months.', 'past']], quiet: ['i passed the exam.', 'she passed away.'] },
  /* 44 past → passed */ { fires: [['i have past the exam.', 'passed']], quiet: ['we are already past the deadline.', 'two weeks past the deadline.'] },
  /* 45 advise → advice */ { fires: [['thank you for your advise.', 'advice'], ['good advise matters.', 'advice']], quiet: ['please advise me.'] },
  /* 46 advice → advise */ { fires: [['i would be glad to advice on it.', 'advise']], quiet: ['thank you for the advice.'] },
  /* 47 except → accept */ { fires: [['i would gladly except the offer.', 'accept']], quiet: ['everyone except the new starter.'] },
  /* 48 accept → except */ { fires: [['accept for one detail.', 'except'], ['everyone accept me.', 'except']], quiet: ['i accept the offer.'] },
  /* 49 here → hear */ { fires: [['i look forward to here from you.', 'hear']], quiet: ['i moved here from leeds.'] },
  /* 50 forward too */ { fires: [['i look forward too meeting you.', 'to']], quiet: ['i look forward to meeting you too.'] },
  /* 51 quiet → quite */ { fires: [['it was quiet interesting.', 'quite'], ['i was quiet impressed.', 'quite']], quiet: ['a quiet office.', 'it was quiet right now.'] },
  /* 52 insure → ensure */ { fires: [['to insure that releases are safe.', 'ensure']], quiet: ['we insure vehicles against theft.'.replace('against', 'for')] },
  /* 53 would of */ { fires: [['i would of liked more time.', 'have']], quiet: ['the sort of thing.'] },
  /* 54 peaked interest */ { fires: [['the role peaked my interest.', 'piqued']], quiet: ['sales peaked in may.'] },
  /* 55 team moral */ { fires: [['it boosted team moral.', 'morale']], quiet: ['high moral standards.', 'a moral duty.'] },
  /* 56 apart of */ { fires: [['i would love to be apart of it.', 'a part']], quiet: ['we were apart for years.'] },
  /* 57 we where */ { fires: [['we where discussing the plan.', 'were']], quiet: ['we know where to go.'] },
  /* 58 lose site of */ { fires: [['never lose site of users.', 'sight']], quiet: ['we visited the site of the new office.'] },
  /* 59 legal council */ { fires: [['i worked with legal council.', 'counsel']], quiet: ['the city council approved it.'] },
  /* 60 personnel → personal */ { fires: [['my personnel experience taught me.', 'personal']], quiet: ['personnel records.'] },
  /* 61 breathe of fresh air */ { fires: [['your approach was a breathe of fresh air.', 'breath']], quiet: ['i breathe fresh air.'] },
  /* 62 to chose */ { fires: [['i hope you chose me; to chose wisely.', 'choose']], quiet: ['i chose this field.'] },
  /* 63 my carrier */ { fires: [['at this stage of my carrier.', 'career']], quiet: ['we booked a carrier for the load.', 'my carrier relations work.'] },
  /* 64 carrier path */ { fires: [['my carrier path.', 'career']], quiet: ['the carrier network.'] },
  /* 65 everyday → every day */ { fires: [['i use it everyday.', 'every day']], quiet: ['everyday tasks.'] },
  /* 66 about there mission */ {
    fires: [['i loved hearing about there newsroom.', 'their'], ['i would be proud to join there clinical team.', 'their']],
    quiet: ['i know there is a lot to do.', 'i got out of there quickly.', 'we talked about there being a vacancy.', 'i would love to visit there often.'],
  },
  /* 67 principle lecturer */ { fires: [['as a principle lecturer.', 'principal'], ['the principle pharmacist.', 'principal']], quiet: ['the principle of least privilege.', 'a principle other teams follow.'] },
  /* 68 loose my */ { fires: [["i don't want to loose my edge.", 'lose'], ['we could loose the opportunity.', 'lose']], quiet: ['a loose fit.', 'loose-loaded cartons.'] },
  /* 69 form you */ { fires: [['i hope to hear back form you soon.', 'from']], quiet: ['you can form your own view.'] },
  /* 70 too see */ { fires: [['it was great too see the site.', 'to'], ['thank you for the chance too meet.', 'to']], quiet: ['i, too, see the value.', 'it was too late.', 'we too have plans.'] },
  /* 71 are conversation */ { fires: [['i valued are discussion.', 'our'], ['during are call.', 'our']], quiet: ['the notes from today are clear.', 'you are welcome.'] },
  /* 72 let me no */ { fires: [['please let me no.', 'know'], ['i no that the team is busy.', 'know']], quiet: ['there is no doubt.'] },
  /* 73 know longer */ { fires: [['it is know longer an issue.', 'no'], ['know doubt it works.', 'no']], quiet: ['i know the team.'] },
  /* 74 bare with me */ { fires: [['please bare with me.', 'bear']], quiet: ['the bare walls.'] },
  /* 75 i wander if */ { fires: [['i wander if you have decided.', 'wonder']], quiet: ['i wander around the city.'] },
  /* 76 precede with */ { fires: [['we can precede with the next step.', 'proceed']], quiet: ['the talks that precede the offer.'] },
  /* 77 the hole team */ { fires: [['thank the hole team for me.', 'whole']], quiet: ['we fixed the hole in the fence.'] },
  /* 78 a through review */ { fires: [['thank you for a through overview.', 'thorough']], quiet: ['we went through the review.'] },
  /* 79 , were we */ { fires: [['i loved the ward, were we met the patients.', 'where']], quiet: ['the team were great, and the patients too.'] },
  /* 80 lead with a past time */ {
    fires: [['last year at my firm i lead the roll-out of a new tool.', 'led'], ['i lead the migration in 2019.', 'led']],
    quiet: ['i lead a team of five today.', 'last year our work would lead to growth.'.replace('would lead to', 'led to'), 'in 2019 i lead to no one.'.replace('lead to no one', 'joined')],
  },
  /* 81 personal staff */ { fires: [['certifying personal are spread thin.', 'personnel'], ['qualified personal must sign off.', 'personnel']], quiet: ['my personal experience taught me.', 'personal protective equipment.', 'key personal values.'] },
  /* 82 discrete manner */ { fires: [['warm but discrete service.', 'discreet'], ['please be discrete about it.', 'discreet'], ['discrete and professional staff.', 'discreet']], quiet: ['discrete math and discrete events.', 'three discrete steps.', 'be discrete time steps.'.replace('be ', '')] },
  /* 83 i past the */ { fires: [['i past the certified exam last year.', 'passed']], quiet: ['in the past the team grew.', 'i worked past the deadline.'.replace('worked ', 'worked well ') , 'we past the past few weeks.'.replace('we past the past', 'over the past')] },
  /* 84 happy to except */ { fires: [['i would be happy to except, at any time.', 'accept'], ['i am glad to except your invitation.', 'accept']], quiet: ['everyone except the team came.', 'i am happy to accept.'] },
];

describe('confused-word rules', () => {
  it('has firing and quiet examples for every rule', () => {
    assert.equal(CONFUSED.length, CONFUSED_RULES.length);
  });

  CONFUSED.forEach((examples, i) => {
    const source = CONFUSED_RULES[i].pattern.source.slice(0, 50);
    it(`rule ${i} (${source}…) fires in context`, () => {
      for (const [sentence, meant] of examples.fires) {
        const found = confusedWordsIn(sentence).filter((m) => m.rule === i);
        assert.equal(found.length, 1, `"${sentence}": ${JSON.stringify(confusedWordsIn(sentence))}`);
        assert.equal(found[0].meant, meant, sentence);
      }
    });
    it(`rule ${i} stays quiet on correct uses`, () => {
      for (const sentence of examples.quiet) assert.deepEqual(confusedWordsIn(sentence), [], sentence);
    });
  });
});

/** For each desperate-tone rule: phrases that must fire, and ordinary letter sentences that must not. */
const TONE: { fires: string[]; quiet: string[] }[] = [
  /* 0 need this job */ { fires: ['i really need this job.', 'i just need the position.', "i can't live without this job."], quiet: ['i need to check my calendar.', 'the role needs a strong lead.'] },
  /* 1 in desperate need */ { fires: ["i'm in desperate need of work."], quiet: ['the clinic is in need of nurses.'] },
  /* 2 need the money */ { fires: ['i need the money.'], quiet: ['the project will need the budget approved.'.replace('need the budget', 'require the budget')] },
  /* 3 desperation */ { fires: ["i'm desperate for this role.", 'i am getting desperate.', 'i desperately want this.'], quiet: ['the desperately needed upgrade shipped.', 'families in desperate circumstances.'] },
  /* 4 begging */ { fires: ['i am begging you.', 'i beg you to reconsider.', 'i implore you.'], quiet: ['i drafted pleadings for the hearing.', 'it begs the question.', 'i beg to differ.'] },
  /* 5 please please */ { fires: ['please, please consider me.'], quiet: ['please consider my application.'] },
  /* 6 please hire me */ { fires: ['please hire me.', 'please just pick me.', 'hire me, please.'], quiet: ['please let me know.'] },
  /* 7 give me a chance */ { fires: ['please give me a chance.', 'just give me one more shot.'], quiet: ['if you give me the chance, i will deliver.', 'thank you for giving me the chance to meet.'] },
  /* 8 all i ask is a chance */ { fires: ['all i ask is a chance.', 'all i want is one opportunity.'], quiet: ['all i ask is that you read my portfolio.'] },
  /* 9 asking for a chance */ { fires: ["i'm just asking for a chance.", 'i only want one chance.'.replace('only want', 'want')], quiet: ['i took the chance to learn.'] },
  /* 10 do anything */ { fires: ["i'll do anything.", 'i would do whatever you want.', "i'm willing to do anything."], quiet: ['if there is anything else you need, let me know.', 'i will do whatever it takes to ship safely.'] },
  /* 11 take any job */ { fires: ['i would take any job you have.', 'i will accept any position.'], quiet: ['i can take any questions you have.'.replace('any questions', 'questions')] },
  /* 12 any role at all */ { fires: ['any role at all would do.'], quiet: ['any role in the team needs care.'] },
  /* 13 work for free */ { fires: ['i would work for free.', 'i could start for nothing.', 'i would take a pay cut.'], quiet: ['i volunteered for a charity.'] },
  /* 14 last chance */ { fires: ['this is my last chance.', 'you are my only hope.'], quiet: ['the last time we met.'] },
  /* 15 cannot afford */ { fires: ["i can't afford to lose this opportunity."], quiet: ['the team cannot afford delays.'.replace('cannot afford delays', 'must avoid delays')] },
  /* 16 devastated if */ { fires: ["i would be devastated if i don't get it."], quiet: ['i was devastated by the news.'] },
  /* 17 unemployed for months */ { fires: ['i have been unemployed for eight months.', 'out of work since last year.'.replace('since last year', 'for a long time')], quiet: ['i was out of office on friday.'] },
  /* 18 why haven't I heard */ { fires: ["why haven't i heard back?", "why haven't you replied?"], quiet: ['why the role matters to me.'] },
  /* 19 still waiting */ { fires: ["i'm still waiting for an answer.", 'please reply asap.'], quiet: ['we waited for the results.'] },
  /* 20 means everything */ { fires: ['this job means everything to me.', 'i want this role so badly.'], quiet: ['the role means a lot of travel.'] },
  /* 21 please don't reject me */ { fires: ["please don't reject me.", "i've got nowhere else to turn.", "i don't know what i'll do if you say no."], quiet: ["please don't hesitate to call."] },
  /* 22 whatever salary */ { fires: ['i will accept whatever salary you offer.', 'i would work unpaid.'], quiet: ['whatever the outcome, thank you.'] },
  /* 23 losing hope */ { fires: ["i'm slowly losing hope.", 'i feel like i am running out of options.', "honestly, i've given up.", 'i am close to giving up on finding work.', 'i have nearly given up on teaching.'], quiet: ['we ran out of time in the meeting.', 'i lost my notes on the train.', 'i am giving up my weekends to study for the exam.', 'the team lost momentum in march.'] },
  /* 24 nobody will hire me */ { fires: ['nobody will ever hire me at this rate.', 'no employer wants to take a chance on me.'.replace('wants to take', 'would take'), 'no one wants me.'.replace('wants me', 'wants me')], quiet: ['no one will miss the old rota.', 'nobody would choose that font.'.replace('choose', 'like')] },
  /* 25 dwelling on rejections */ { fires: ['after so many rejections, this interview felt different.', 'after six months of refusals i nearly stopped.', "i've applied to more than forty roles.", 'i have been rejected over and over.'], quiet: ['after so many years in retail, i know the floor.', 'i applied to the role in march.', 'after the interviews we spoke by phone.'] },
  /* 26 cannot go on */ { fires: ["i don't know how much longer i can keep going.", "i can't take another rejection."], quiet: ["i don't know how the audit ended.", "i can't take credit for the launch."] },
  /* 27 pleading in other words */ { fires: ['i hope you can find it in your heart to say yes.', 'i would be eternally grateful.', "i promise you won't regret it.", 'if only you would give me the role.'], quiet: ['i am grateful for your time.', 'the heart of the museum is its volunteers.', 'i promise to send the report by friday.'] },
  /* 28 bargaining on pay */ { fires: ['i could start at a reduced salary.', 'i would work for half pay.', 'i can stay late without extra pay.', 'the risk would be all mine.'], quiet: ['the role pays a fair salary.', 'we reduced the cost of the rota.', 'the lower floor holds the archive.'] },
  /* 29 any hours */ { fires: ['i will work any shift you need.', "i'd happily work every weekend you like.".replace('every weekend you like', 'any hours you want'), 'i can work around the clock.'], quiet: ['i could work any weekend shift the rota needs.'.replace('the rota needs', 'at the moment'), 'the shop opens every day at seven.', 'the machines work around the sensors.'] },
];

describe('desperate-tone rules', () => {
  it('has firing and quiet examples for every rule', () => {
    assert.equal(TONE.length, TONE_RULES.length);
  });
  TONE.forEach((examples, i) => {
    it(`rule ${i} (${TONE_RULES[i].idea}) fires, and stays quiet on ordinary sentences`, () => {
      for (const sentence of examples.fires) assert.ok(desperatePhrasesIn(sentence).some((m) => m.rule === i), `"${sentence}" → ${JSON.stringify(desperatePhrasesIn(sentence))}`);
      for (const sentence of examples.quiet) assert.deepEqual(desperatePhrasesIn(sentence), [], sentence);
    });
  });
});
