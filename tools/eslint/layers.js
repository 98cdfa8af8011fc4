// The layers of DESIGN.md as import rules: which src/ folders and which packages each layer reaches.
// Allow-lists, so that a new folder under src/ is closed to every layer until it is given a place.

/** Each layer may import itself and these folders; every other folder under src/ is closed to it. */
const mayImport = {
  shared: [],
  core: ['shared'],
  main: ['core', 'shared'],
  preload: ['shared'],
  renderer: ['shared'],
  cli: ['core', 'shared'],
  harness: ['core', 'shared'],
};

/** Packages that belong to some layers only: the shells own Electron, the UI owns React, core owns the driver. */
const packageOwners = {
  electron: ['main', 'preload'],
  react: ['renderer'],
  'react-dom': ['renderer'],
  'better-sqlite3-multiple-ciphers': ['core'],
};

/** Layers that do not run in Node: the contract (both sides see it), the sandboxed preload, the page. */
export const layersWithoutNode = ['shared', 'preload', 'renderer'];

const allowedList = (allowed) => (allowed.length ? `src/${allowed.join(', src/')} and itself` : 'nothing from the other layers');

/** Zones for import-x/no-restricted-paths, relative to the repository root. */
export const layerZones = [
  ...Object.entries(mayImport).map(([layer, allowed]) => ({
    target: `./src/${layer}`,
    from: './src',
    except: [layer, ...allowed].map((name) => `./${name}`),
    message: `src/${layer} may import ${allowedList(allowed)} (DESIGN.md, Layers).`,
  })),
  ...Object.entries(packageOwners).map(([name, owners]) => ({
    target: Object.keys(mayImport)
      .filter((layer) => !owners.includes(layer))
      .map((layer) => `./src/${layer}`),
    from: `./node_modules/${name}`,
    message: `${name} belongs to src/${owners.join(' and src/')} only (DESIGN.md, Layers).`,
  })),
];
