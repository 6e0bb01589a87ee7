/**
 * Configuration of the custom elements manifest (`npm run analyze`, which writes
 * `custom-elements.json` at the root; `npm run analyze:check` fails when the committed
 * one is stale). The README's element API tables are generated from that manifest
 * (`npm run readme:api`).
 *
 * The element classes carry the JSDoc (`@summary`, `@fires`, `@slot`, `@csspart`,
 * `@cssprop`); the define modules are analysed too, because their
 * `customElements.define` calls give each class its tag name; `src/events.ts` and `src/setup-events.ts` hold the
 * event classes, each linked to its event by its static `eventName`.
 *
 * An event's type in the manifest is its `detail` type (`@fires {CompleteDetail}
 * clerk-mfa-complete`), as the manifest's tools (framework typings, editor data) read it;
 * `scripts/custom-elements-api.mjs` finds the event class by name.
 */

/**
 * The analyzer skips TypeScript parameter properties (`constructor(readonly detail:
 * StatusChangeDetail)`), which is how the event classes declare their `detail`. This
 * adds each public parameter property to its class as a field.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function parameterPropertiesPlugin() {
  return {
    name: 'parameter-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || node.name === undefined) return;
      const classDoc = moduleDoc.declarations?.find(
        (declaration) => declaration.kind === 'class' && declaration.name === node.name.text,
      );
      const constructorNode = node.members.find((member) => ts.isConstructorDeclaration(member));
      if (classDoc === undefined || constructorNode === undefined) return;
      for (const parameter of constructorNode.parameters) {
        if (!ts.isParameterPropertyDeclaration(parameter, constructorNode)) continue;
        const modifierKinds = (ts.getModifiers(parameter) ?? []).map((modifier) => modifier.kind);
        const isPublic = !modifierKinds.some(
          (kind) =>
            kind === ts.SyntaxKind.PrivateKeyword || kind === ts.SyntaxKind.ProtectedKeyword,
        );
        const name = parameter.name.getText();
        classDoc.members ??= [];
        if (!isPublic || classDoc.members.some((member) => member.name === name)) continue;
        classDoc.members.push({
          kind: 'field',
          name,
          ...(parameter.type && { type: { text: parameter.type.getText() } }),
          ...(modifierKinds.includes(ts.SyntaxKind.ReadonlyKeyword) && { readonly: true }),
        });
      }
    },
  };
}

/**
 * The analyzer also lists each `dispatchEvent(new SomeEvent())` it finds as an event
 * without a name, beside the named one documented with `@fires`. This drops the
 * nameless duplicates.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function namedEventsOnlyPlugin() {
  return {
    name: 'named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events)
            declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/define/**/*.ts', 'src/events.ts', 'src/setup-events.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite package.json.
  packagejson: false,
  plugins: [parameterPropertiesPlugin(), namedEventsOnlyPlugin()],
};
