import { generatePressStatement, getPressStatement, savePressStatementText, setPressStatementStatus } from '../services/press';
import type { HandlersFor } from './types';

export const pressHandlers: HandlersFor<'press'> = {
  'press.get': ({ meetingId, lang }, host) => getPressStatement(host.session(), meetingId, lang),
  'press.generate': ({ meetingId, lang }, host) => generatePressStatement(host.session(), meetingId, lang),
  'press.save': (input, host) => savePressStatementText(host.session(), input),
  'press.setStatus': (input, host) => setPressStatementStatus(host.session(), input),
};
