import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { loadConfigFromFile, PreloadConfigFactory } from 'electron-vite';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../src/shared/ipc';
import { ROOT } from '../../helpers/paths';

/** The preload exactly as `electron-vite build` makes it, from electron.vite.config.ts, kept in memory. */
async function buildPreload(): Promise<Rolldown.OutputChunk[]> {
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'electron.vite.config.ts'));
  const preload = await new PreloadConfigFactory(
    config.preload ?? {},
    { configFile: false, mode: 'production', logLevel: 'silent', build: { write: false } },
    { root: ROOT },
  ).build();
  const result = await build({ ...(preload as InlineConfig), root: ROOT, configFile: false });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : [])).filter((o) => o.type === 'chunk');
}

interface Loaded {
  exposed: Map<string, Record<string, unknown>>;
  required: string[];
  invoke: ReturnType<typeof vi.fn>;
  ipcRenderer: Record<string, ReturnType<typeof vi.fn>>;
}

/** Runs the bundle as a sandboxed preload would: a classic script with `require` limited to 'electron'. */
function load(code: string): Loaded {
  const exposed = new Map<string, Record<string, unknown>>();
  const required: string[] = [];
  const invoke = vi.fn(async (...args: unknown[]) => ({ ok: true, value: args }));
  const ipcRenderer = { invoke, send: vi.fn(), sendSync: vi.fn(), on: vi.fn(), once: vi.fn(), postMessage: vi.fn() };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
    ipcRenderer,
  };
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require "${name}"`);
      return electron;
    },
  });
  return { exposed, required, invoke, ipcRenderer };
}

describe('preload', () => {
  let chunks: Rolldown.OutputChunk[];
  let loaded: Loaded;
  let bridge: Record<string, unknown>;

  beforeAll(async () => {
    chunks = await buildPreload();
    loaded = load(chunks[0]!.code);
    bridge = loaded.exposed.get('secretariat')!;
  }, 60_000);

  it('is one CommonJS file, index.cjs, whose only require is electron', () => {
    expect(chunks.map((c) => c.fileName)).toEqual(['index.cjs']);
    expect(chunks[0]!.code).not.toMatch(/^\s*(import|export)\s/m);
    expect(loaded.required).toEqual(['electron']);
  });

  it('exposes exactly one object, secretariat, with the bridge functions and nothing else', () => {
    expect([...loaded.exposed.keys()]).toEqual(['secretariat']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'chooseVault', 'openRestored', 'platform', 'saveFile']);
    expect(typeof bridge.call).toBe('function');
    expect(typeof bridge.chooseVault).toBe('function');
    expect(typeof bridge.saveFile).toBe('function');
    expect(bridge.platform).toBe('electron');
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(loaded.ipcRenderer);
      expect(Object.values(loaded.ipcRenderer)).not.toContain(value);
    }
  });

  it('each function invokes its own channel with only its arguments, and returns only the result', async () => {
    const call = bridge.call as (m: string, i: unknown) => Promise<unknown>;
    const chooseVault = bridge.chooseVault as (mode: string) => Promise<unknown>;
    const saveFile = bridge.saveFile as (name: string, base64: string) => Promise<unknown>;

    expect(await call('vault.status', {})).toEqual({ ok: true, value: [IPC_CHANNELS.call, 'vault.status', {}] });
    expect(await chooseVault('open')).toEqual({ ok: true, value: [IPC_CHANNELS.chooseVault, 'open'] });
    expect(await saveFile('minutes.docx', 'AAAA')).toEqual({ ok: true, value: [IPC_CHANNELS.saveFile, 'minutes.docx', 'AAAA'] });
    expect(loaded.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.call, 'vault.status', {}],
      [IPC_CHANNELS.chooseVault, 'open'],
      [IPC_CHANNELS.saveFile, 'minutes.docx', 'AAAA'],
    ]);
  });

  it('never listens on IPC, so no event object can reach the page', () => {
    for (const name of ['send', 'sendSync', 'on', 'once', 'postMessage']) expect(loaded.ipcRenderer[name], name).not.toHaveBeenCalled();
  });

  it('hands main’s error message to the page without Electron’s wrapper', async () => {
    loaded.invoke.mockRejectedValueOnce(
      new Error("Error invoking remote method 'secretariat:saveFile': AppError: The disk is full: /x.docx was not written."),
    );
    const saveFile = bridge.saveFile as (name: string, base64: string) => Promise<unknown>;
    await expect(saveFile('x.docx', 'AAAA')).rejects.toThrow(/^The disk is full: \/x\.docx was not written\.$/);
  });
});
