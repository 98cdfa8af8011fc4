import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { NATIVE_BINDING, nativeBindingPath } from '../../../src/main/paths';
import { ROOT } from '../../helpers/paths';
import { tempDir } from '../../helpers/vault';

const builderConfig = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in for the Electron binary: what @electron/fuses looks for is the sentinel and the wire after it. */
function fakeElectronBinary(dir: string): string {
  const path = join(dir, 'secretariat');
  const wire = Buffer.from([1, 9, ...Array(9).fill(FuseState.ENABLE)]);
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), wire, Buffer.alloc(4096, 7)]));
  return path;
}

async function afterPackHook(): Promise<(context: unknown) => Promise<void>> {
  const module = await import(pathToFileURL(join(ROOT, 'scripts', 'electron-builder-after-pack.mjs')).href);
  return module.default;
}

describe('packaging', () => {
  it('the afterPack hook flips the fuses that harden the packaged binary', async () => {
    const binary = fakeElectronBinary(tempDir());
    const afterPack = await afterPackHook();
    const { flipFuses } = await import('@electron/fuses');
    await afterPack({
      electronPlatformName: 'linux',
      arch: 1,
      packager: { addElectronFuses: (_context: unknown, fuses: Parameters<typeof flipFuses>[1]) => flipFuses(binary, fuses) },
    });
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });

  it('resets the ad-hoc signature only for arm64 macOS builds', async () => {
    const afterPack = await afterPackHook();
    const seen: boolean[] = [];
    const packager = { addElectronFuses: async (_c: unknown, fuses: { resetAdHocDarwinSignature?: boolean }) => void seen.push(!!fuses.resetAdHocDarwinSignature) };
    await afterPack({ electronPlatformName: 'darwin', arch: 3, packager });
    await afterPack({ electronPlatformName: 'darwin', arch: 1, packager });
    await afterPack({ electronPlatformName: 'win32', arch: 3, packager });
    expect(seen).toEqual([true, false, false]);
  });

  it('electron-builder.yml: the targets, the hook, and no rebuild of node_modules', () => {
    expect(builderConfig).toMatch(/^linux:\n\s+target: \[AppImage, deb\]/m);
    expect(builderConfig).toMatch(/^win:\n\s+target: \[nsis\]/m);
    expect(builderConfig).toMatch(/^mac:\n\s+target: \[dmg\]/m);
    expect(builderConfig).toMatch(/^afterPack: \.\/scripts\/electron-builder-after-pack\.mjs$/m);
    // electron-builder would rebuild the driver in node_modules for Electron, breaking the tests' Node build.
    expect(builderConfig).toMatch(/^npmRebuild: false$/m);
  });

  it('main looks for the driver where the package unpacks it and the prepare script writes it', async () => {
    const relative = NATIVE_BINDING.join('/');
    expect(builderConfig).toContain(`\n  - ${relative}\n`);
    expect(builderConfig).toMatch(/^asarUnpack:\n\s+- \.native-electron\/\*\.node$/m);
    expect(nativeBindingPath('/opt/Secretariat/resources/app.asar', true)).toBe(`/opt/Secretariat/resources/app.asar.unpacked/${relative}`);
    expect(nativeBindingPath('/home/leila/secretariat', false)).toBe(`/home/leila/secretariat/${relative}`);
    const prepare = await import(pathToFileURL(join(ROOT, 'scripts', 'prepare-electron-native.mjs')).href);
    expect(prepare.NATIVE_BINARY).toBe(join(ROOT, relative));
  });
});
