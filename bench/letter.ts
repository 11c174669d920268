/** A 400-word thank-you letter and 38 common misspellings with the word meant, for the spelling benchmarks. */

export const LETTER_400_WORDS = `Subject: Thank you for the Platform Engineer interview

Dear Daniela García,

Thank you for taking the time to meet with me on Thursday about the Platform Engineer position
at Acme Corp. I enjoyed our conversation about the billing migration, and I left even more
excited about the team and the work ahead. It was especially helpful to hear how your group
balances new features with the reliability work that keeps customers happy, and how the team
shares on-call duties so that nobody carries the pager alone for long.

You mentioned that the biggest challenge for the coming year is moving the remaining services
off the old data center without interrupting payments. In my current role I led a similar
effort: we moved twelve services to a new platform over nine months, kept every release
reversible, and finished two weeks ahead of the plan. The most important lesson was to make
each step small enough that rolling it back was boring. I would bring the same approach to
Acme Corp, together with the habit of writing short design notes that let everyone on the
team review a change before it is built.

I also appreciated learning about the mentoring program for new engineers. Helping colleagues
grow has been one of the most rewarding parts of my work, and I would be glad to contribute to
the program, whether by pairing on difficult problems, reviewing designs, or running the
occasional workshop on testing and observability. Good tooling matters, but in my experience
the habits a team shares matter even more, and I enjoy building those habits with others.

Our conversation confirmed my interest in the role. The combination of a clear mission, a
thoughtful team, and hard technical problems is exactly what I am looking for in my next
position. I am confident that my background in distributed systems, my experience with careful
migrations, and my commitment to sustainable on-call practices would let me make a useful
contribution from the first month.

If it would help, I can send a short summary of the migration project I described, including
the plan we used to sequence the work and the checklist we followed for each release. I would
also be happy to talk with other members of the team if that would be useful for your
decision. Please let me know if there is anything else I can provide.

Thank you again for your time and consideration. I look forward to hearing from you about the
next steps, and I hope we have the chance to work together.

Best regards,
Sam Candidate
`;

export const MISSPELLINGS: readonly (readonly [string, string])[] = [
  ['recieve', 'receive'], ['definately', 'definitely'], ['oportunity', 'opportunity'], ['enthusiasim', 'enthusiasm'],
  ['thnak', 'thank'], ['experiance', 'experience'], ['sincerly', 'sincerely'], ['appreciat', 'appreciate'],
  ['intrested', 'interested'], ['responsibilty', 'responsibility'], ['manangement', 'management'], ['comunication', 'communication'],
  ['succesful', 'successful'], ['knowlege', 'knowledge'], ['proffesional', 'professional'], ['dicussion', 'discussion'],
  ['colleauges', 'colleagues'], ['positon', 'position'], ['engeneering', 'engineering'], ['availible', 'available'],
  ['seperate', 'separate'], ['occured', 'occurred'], ['accomodate', 'accommodate'], ['begining', 'beginning'],
  ['beleive', 'believe'], ['calender', 'calendar'], ['commited', 'committed'], ['enviroment', 'environment'],
  ['goverment', 'government'], ['immediatly', 'immediately'], ['independant', 'independent'], ['neccessary', 'necessary'],
  ['persue', 'pursue'], ['recomend', 'recommend'], ['refered', 'referred'], ['tommorow', 'tomorrow'],
  ['untill', 'until'], ['wich', 'which'],
];
