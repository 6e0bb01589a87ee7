/**
 * The public API of the elements as `custom-elements.json` describes it, for the scripts
 * that generate documentation and typings from the manifest (`readme-api.mjs`,
 * `build-integrations.mjs`): every element with its tag, its attributes, its settable
 * properties and its events, each event with its `detail` type and its event class.
 *
 * Events follow the convention of the custom-elements-manifest tools: an event's `type`
 * is its `detail` type (`@fires {CompleteDetail} clerk-mfa-complete`). Its class is the
 * class in the manifest whose static `eventName` is the event's name (`src/events.ts`).
 */

/** @typedef {import('custom-elements-manifest/schema').Package} Manifest */
/** @typedef {import('custom-elements-manifest/schema').CustomElementDeclaration} ElementDeclaration */
/** @typedef {import('custom-elements-manifest/schema').ClassDeclaration} ClassDeclaration */

/**
 * @typedef {object} ElementApi
 * @property {string} tagName
 * @property {string} className
 * @property {string} modulePath the module that declares the class, as in the manifest (`src/….ts`)
 * @property {string} summary
 * @property {ElementDeclaration} declaration
 * @property {{ name: string, fieldName: string | undefined, type: string | undefined, description: string }[]} attributes
 * @property {{ name: string, description: string }[]} properties settable properties without an attribute
 * @property {EventApi[]} events
 */

/**
 * @typedef {object} EventApi
 * @property {string} name
 * @property {string} detailType
 * @property {{ name: string, modulePath: string }} eventClass
 * @property {string} description
 */

/** True for a member that is part of the public API: not private, protected, static or `_`/`#`-named. */
export function isPublicMember(member) {
  return (
    (member.privacy === undefined || member.privacy === 'public') &&
    !member.static &&
    !member.name.startsWith('_') &&
    !member.name.startsWith('#')
  );
}

/** `'clerk-mfa-complete'` (a field default as the manifest writes it) → `clerk-mfa-complete`. */
function unquote(text) {
  return text?.replace(/^(['"`])(.*)\1$/, '$2');
}

/**
 * Every class of the manifest that has a static `eventName`, by that name.
 * @param {Manifest} manifest
 * @returns {Map<string, { name: string, modulePath: string }>}
 */
export function eventClassesByEventName(manifest) {
  const classes = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const eventName = declaration.members?.find(
        (member) => member.kind === 'field' && member.static && member.name === 'eventName',
      );
      const name = unquote(eventName?.default);
      if (name) classes.set(name, { name: declaration.name, modulePath: module.path });
    }
  }
  return classes;
}

/**
 * Every custom element of the manifest (a class with a tag name), in manifest order.
 * Throws when an event has no `detail` type or no event class, so that generated
 * typings never fall back to an untyped event.
 * @param {Manifest} manifest
 * @returns {ElementApi[]}
 */
export function elementsOf(manifest) {
  const eventClasses = eventClassesByEventName(manifest);
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.customElement || !declaration.tagName)
        continue;
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        fieldName: attribute.fieldName,
        type: attribute.type?.text,
        description: attribute.description ?? '',
      }));
      const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
      const properties = (declaration.members ?? [])
        .filter(
          (member) =>
            member.kind === 'field' &&
            isPublicMember(member) &&
            !member.readonly &&
            !attributeFields.has(member.name),
        )
        .map((field) => ({ name: field.name, description: field.description ?? '' }));
      const events = (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => {
          const detailType = event.type?.text;
          const eventClass = eventClasses.get(event.name);
          if (!detailType)
            throw new Error(
              `<${declaration.tagName}>'s event ${event.name} has no detail type: write it as @fires {DetailType} ${event.name}.`,
            );
          if (!eventClass)
            throw new Error(
              `<${declaration.tagName}>'s event ${event.name} has no event class: give its class \`static readonly eventName = '${event.name}'\`.`,
            );
          return { name: event.name, detailType, eventClass, description: event.description ?? '' };
        });
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        modulePath: module.path,
        summary: declaration.summary ?? declaration.description?.split(/\n\s*\n/)[0] ?? '',
        declaration,
        attributes,
        properties,
        events,
      });
    }
  }
  return elements;
}
