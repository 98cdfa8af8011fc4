// Project rules that are not about imports, as no-restricted-syntax selectors.

const focusedOrSkipped = /^(only|skip|todo)$/.source;

/** it.only, describe.skip, test.todo, test.describe.only (Playwright), it.only.each ... */
export const focusedTests = [
  {
    selector: `MemberExpression[property.name=/${focusedOrSkipped}/][object.name=/^(it|test|describe)$/]`,
    message: 'Focused or skipped test: every test runs on every run.',
  },
  {
    selector: `MemberExpression[property.name=/${focusedOrSkipped}/][object.property.name='describe']`,
    message: 'Focused or skipped test: every test runs on every run.',
  },
];

const insecure = 'Insecure Electron window setting (docs/electron.md, security checklist).';
const mustStayOn = /^(sandbox|contextIsolation|webSecurity)$/.source;
const mustStayOff =
  /^(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|allowRunningInsecureContent|experimentalFeatures|webviewTag)$/.source;

/** The settings in an options object or assigned one by one; Blink features are never switched on at all. */
export const insecureWindowSettings = [
  { selector: `Property[key.name='enableBlinkFeatures']`, message: insecure },
  { selector: `Property[key.name=/${mustStayOn}/] > Literal.value[value=false]`, message: insecure },
  { selector: `Property[key.name=/${mustStayOff}/] > Literal.value[value=true]`, message: insecure },
  { selector: `AssignmentExpression[left.property.name=/${mustStayOn}/] > Literal.right[value=false]`, message: insecure },
  { selector: `AssignmentExpression[left.property.name=/${mustStayOff}/] > Literal.right[value=true]`, message: insecure },
];

const writableHandle = 'Only a write transaction hands out a writable handle (src/core/vault/handles.ts, inWriteTransaction).';

/** `x as WritableDb` outside the one place that makes one: a write outside a transaction would compile again. */
export const writableHandles = [
  { selector: `TSAsExpression > TSTypeReference.typeAnnotation[typeName.name='WritableDb']`, message: writableHandle },
  { selector: `TSTypeAssertion > TSTypeReference.typeAnnotation[typeName.name='WritableDb']`, message: writableHandle },
];
