import { generatePressStatement, getPressStatement, savePressStatementText, setPressStatementStatus } from '../services/press';
import type { HandlersFor } from './types';

export const pressHandlers: HandlersFor<'press'> = {
  'press.get': ({ meetingId, lang }, call) => getPressStatement(call.session(), meetingId, lang),
  'press.generate': ({ meetingId, lang }, call) => generatePressStatement(call.session(), meetingId, lang),
  'press.save': (input, call) => savePressStatementText(call.session(), input),
  'press.setStatus': (input, call) => setPressStatementStatus(call.session(), input),
};
