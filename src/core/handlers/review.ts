import type { reviewApi } from '../../shared/api/review';
import { amendMinutes, listAmendments } from '../services/amendments';
import { getDashboard } from '../services/dashboard';
import { addMattersArising, mattersArising } from '../services/mattersArising';
import { addComment, approveMeeting, listComments, meetingTransitions, resolveReviewComment, returnToDraft, submitForReview } from '../services/review';
import type { Handler, HandlersFor } from './types';

/** The meetings.* methods of the review contract; handlers/meetings.ts has the others. */
export type ReviewMeetingMethod = Extract<keyof typeof reviewApi, `meetings.${string}`>;

export const reviewMeetingsHandlers: { [M in ReviewMeetingMethod]: Handler<M> } = {
  'meetings.submitForReview': (input, host) => submitForReview(host.session(), input),
  'meetings.approve': (input, host) => approveMeeting(host.session(), input),
  'meetings.returnToDraft': (input, host) => returnToDraft(host.session(), input),
  'meetings.transitions': ({ id }, host) => meetingTransitions(host.session(), id),
  'meetings.amend': (input, host) => amendMinutes(host.session(), input),
  'meetings.amendments': ({ meetingId }, host) => listAmendments(host.session(), meetingId),
  'meetings.mattersArising': (input, host) => mattersArising(host.session(), input),
  'meetings.addMattersArising': ({ meetingId }, host) => addMattersArising(host.session(), meetingId),
};

export const reviewHandlers: HandlersFor<'review'> = {
  'review.comment': (input, host) => addComment(host.session(), input),
  'review.resolve': ({ id }, host) => resolveReviewComment(host.session(), id),
  'review.list': (input, host) => listComments(host.session(), input),
};

export const dashboardHandlers: HandlersFor<'dashboard'> = {
  'dashboard.get': (input, host) => getDashboard(host.session(), input),
};
