import { generatePressStatement, getPressStatement, savePressStatementText, setPressStatementStatus } from '../services/press';
import type { HandlersFor } from './types';

export const pressHandlers: HandlersFor<'press'> = {
  'press.get': ({ meetingId }, host) => getPressStatement(host.session(), meetingId),
  'press.generate': ({ meetingId }, host) => generatePressStatement(host.session(), meetingId),
  'press.save': (input, host) => savePressStatementText(host.session(), input),
  'press.setStatus': (input, host) => setPressStatementStatus(host.session(), input),
};
