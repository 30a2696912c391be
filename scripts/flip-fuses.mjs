// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary before it
// is signed, switching off what Almanac never uses and an attacker could: running the app as
// plain Node (ELECTRON_RUN_AS_NODE), NODE_OPTIONS and --inspect injection, loading app code
// from outside app.asar, and file:// extra privileges; and switching on cookie encryption and
// asar integrity checking. Fuses live in the binary, so no setting can undo them at runtime.
import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuse settings, by name, for the tests and for anyone auditing the package. */
export const ALMANAC_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  await flipFuses(electronBinaryPath(context), {
    version: FuseVersion.V1,
    // Changing the binary breaks the ad-hoc signature of an unsigned macOS build; re-sign it
    // ad hoc so it still launches (a real signature, when configured, is applied after this hook).
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    ...Object.fromEntries(
      Object.entries(ALMANAC_FUSES).map(([name, value]) => [FuseV1Options[name], value]),
    ),
  });
}
export { afterPack };

/** Where electron-builder put the executable, named as its own addElectronFuses names it. */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}
