import type { ExportFile } from '../../shared/api/exports';
import { exportActionReport, exportDecisionRegister, exportMinutes, exportPressStatement, type ExportedDocument } from '../services/exports';
import type { HandlersFor } from './types';

/** Bytes cross IPC and HTTP as base64 inside the usual JSON result. */
const encoded = async (doc: Promise<ExportedDocument>): Promise<ExportFile> => {
  const { fileName, bytes } = await doc;
  return { fileName, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
};

export const exportsHandlers: HandlersFor<'exports'> = {
  'exports.minutes': ({ meetingId, lang }, call) => encoded(exportMinutes(call.session(), meetingId, lang)),
  'exports.press': ({ meetingId, lang }, call) => encoded(exportPressStatement(call.session(), meetingId, lang)),
  'exports.decisions': (input, call) => encoded(exportDecisionRegister(call.session(), input)),
  'exports.actions': (input, call) => encoded(exportActionReport(call.session(), input)),
};
