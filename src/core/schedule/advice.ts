/** The career advice behind each action kind, in the words of the seed article (shared/seed). */
import type { ActionKind } from '../shared/types';

export const ADVICE: Readonly<Record<ActionKind, string>> = {
  'ask-decision-date': 'Ask at the end of the interview when the employer expects to make the hiring decision.',
  'record-interviewer': 'Obtain the correct titles and names of all the people who interviewed you (ideally, get each person\'s business card).',
  'thank-you': 'Write an individual thank-you note to each person who interviewed you within two business days, even if you are sure the job is not for you.',
  'alert-references': 'Alert your references that they may be getting a phone call from the employer.',
  'follow-up-call': 'Follow up with a telephone call within a week to ten days (sooner if the employer had a shorter timetable) to ask about the position, build rapport and sell your strengths.',
  'follow-up-again': 'Keep following up, especially if the employer asks you to, but don\'t go overboard and annoy or bother the employer.',
  'leverage-offer': 'Use other job offers as leverage in your follow-up to get the offer you really want.',
  network: 'Don\'t burn any bridges: bring the interviewers into your network and ask them for referrals to other contacts.',
  withdraw: 'Don\'t burn any bridges: once you accept an offer, tell the other employers courteously that you are withdrawing, and thank them for their time.',
  'keep-searching': 'Don\'t stop job-hunting, even if you feel confident; don\'t place too much importance on one job or one interview.',
};
