// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing
// (a signature covers the fuses, so the OS refuses a binary whose fuses were flipped back).
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch } from 'electron-builder';

export const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload any script into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would attach a debugger to main, and to the vault key in its memory.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar, never a loose app/ folder dropped next to it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The app is served from app://, so file:// needs none of its legacy powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

export default async function afterPack(context) {
  // Arm64 macOS refuses to start a binary whose ad-hoc signature no longer matches it; an
  // unsigned build needs it reset here, a signed one is re-signed by electron-builder next.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === Arch.arm64;
  await context.packager.addElectronFuses(context, { ...FUSES, resetAdHocDarwinSignature });
}
