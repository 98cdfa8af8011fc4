import { addComment, approveMeeting, listComments, meetingTransitions, resolveReviewComment, returnToDraft, submitForReview } from '../services/review';
import type { HandlersFor } from './types';

export const reviewHandlers: HandlersFor<'review'> = {
  'review.submit': (input, call) => submitForReview(call.session(), input),
  'review.approve': (input, call) => approveMeeting(call.session(), input),
  'review.returnToDraft': (input, call) => returnToDraft(call.session(), input),
  'review.transitions': ({ id }, call) => meetingTransitions(call.session(), id),
  'review.comment': (input, call) => addComment(call.session(), input),
  'review.resolve': ({ id }, call) => resolveReviewComment(call.session(), id),
  'review.list': (input, call) => listComments(call.session(), input),
};
