/**
 * Checks Frontend API (FAPI) responses against Clerk's own OpenAPI description of that API
 * (`spec/clerk-fapi-2026-05-12.openapi.yml` of this package), so the emulator cannot drift into
 * answers that the real API would never give.
 *
 * Plug the function returned by `createFapiSpecValidator()` into the emulator's
 * `validateResponse` option: it gets every JSON response and returns one readable line per
 * violation, e.g. `POST /v1/client/sign_ins 200: /response/status must be equal to one of
 * the allowed values (abandoned, needs_identifier, …)`.
 *
 * How it works:
 * - The spec is OpenAPI 3.0.3. Its schemas are converted once to JSON Schema draft-07 for Ajv
 *   (`convertOpenApiSchema`): `nullable`, the boolean `exclusiveMinimum`, the `base64` format
 *   and the OpenAPI-only annotations have no JSON Schema meaning as written.
 * - Every component schema lives in one registered document; each response schema is
 *   compiled on first use and cached, so the cost is paid once per (operation, status).
 * - Where the spec (2026-05-12) and what the real API and clerk-js 6.40 (API version 2026-08-20)
 *   do part ways, the emulator follows the real API; each such intended difference is listed,
 *   with its reason, in `knownSpecDeviations`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

/** One JSON response of the emulator, as handed to its `validateResponse` option. */
export interface FapiResponse {
  /** Effective method, upper case: `DELETE` for `POST …?_method=DELETE`. */
  readonly method: string;
  /** FAPI path without mount prefix or query, e.g. `/v1/client/sign_ins/sia_1/attempt_second_factor`. */
  readonly path: string;
  readonly status: number;
  /** The parsed JSON body. */
  readonly body: unknown;
}

/** Returns one human-readable line per violation; an empty list means the response conforms. */
export type FapiResponseValidator = (response: FapiResponse) => string[];

/**
 * An intended difference between the emulator and the spec. Each one names the responses it
 * covers and what it permits there:
 * - `undocumented-response`: the spec does not document this method/path/status, yet the real
 *   API answers it (and clerk-js relies on it). The body is checked against the named component
 *   schema instead, or not at all when `bodySchema` is null.
 * - `tolerated-violation`: one violation the spec reports, which is accepted on purpose.
 */
export interface KnownSpecDeviation {
  /** Short stable name, for reading test output and this list. */
  readonly name: string;
  /** Why the emulator departs from the spec here. */
  readonly reason: string;
  /** Effective method, or `*` for every method. */
  readonly method: string;
  /** Spec path templates (`/v1/client/sign_ins/{sign_in_id}`) or literal FAPI paths; `*` for every path. */
  readonly paths: readonly string[];
  /** Response status it covers; every status when absent. */
  readonly status?: number;
  readonly permits:
    | { readonly kind: 'undocumented-response'; readonly bodySchema: string | null }
    | {
        readonly kind: 'tolerated-violation';
        /** Instance path of the violation; `*` stands for one path segment (e.g. an array index). */
        readonly instancePath: string;
        /** Ajv keyword of the violation, e.g. `additionalProperties`, `enum`, `required`. */
        readonly keyword: string;
        /** For `additionalProperties` / `required`: the property concerned. */
        readonly property?: string;
      };
}

/**
 * The known, intended deviations from the 2026-05-12 spec. Keep this list short: the emulator
 * should send what both the spec and clerk-js accept, and only land here when they disagree.
 */
export const knownSpecDeviations: readonly KnownSpecDeviation[] = [
  {
    name: 'rate-limit-on-any-endpoint',
    reason:
      'The real API rate-limits every endpoint with 429 `too_many_requests` (a ClerkErrors body plus ' +
      'a Retry-After header, which clerk-js turns into `retryAfter`); the spec lists 429 on only six ' +
      'operations, none of them sign-in creation or second-factor calls.',
    method: '*',
    paths: ['*'],
    status: 429,
    permits: { kind: 'undocumented-response', bodySchema: 'ClerkErrors' },
  },
  {
    name: 'not-found-on-any-endpoint',
    reason:
      'The real API answers 404 `resource_not_found` (a ClerkErrors body) for an id it does not know, or ' +
      'one that belongs to another client, on every endpoint, and for paths and methods it does not have; ' +
      'the spec lists 404 on some operations only (not, for example, the two second-factor calls).',
    method: '*',
    paths: ['*'],
    status: 404,
    permits: { kind: 'undocumented-response', bodySchema: 'ClerkErrors' },
  },
  {
    name: 'pending-session-in-older-client-schema',
    reason:
      'The answers of `reset_password` and `/v1/me/change_password` are declared with the older ' +
      '`Client.Client`, whose sessions (`Client.SessionBase`) leave `pending` out of the status enum, ' +
      'while every other client answer (`Client.Client-2`) and clerk-js 6 have it: a client can hold a ' +
      "session pending with a task (another user's, in multi-session mode) when these answer.",
    method: 'POST',
    paths: ['/v1/client/sign_ins/{sign_in_id}/reset_password', '/v1/me/change_password'],
    status: 200,
    permits: {
      kind: 'tolerated-violation',
      instancePath: '/client/sessions/*/status',
      keyword: 'enum',
    },
  },
  {
    name: 'backend-api-jwks',
    reason:
      '`GET /v1/jwks` is the Backend API path from which `@clerk/backend` fetches the session-token keys ' +
      "(`verifyToken` with `apiUrl`); the emulator serves it beside the Frontend API's " +
      '`/.well-known/jwks.json`, with the same key set, so a backend can point at the emulator.',
    method: 'GET',
    paths: ['/v1/jwks'],
    status: 200,
    permits: { kind: 'undocumented-response', bodySchema: 'JWKS' },
  },
  {
    name: 'phone-number-update-unprocessable',
    reason:
      'The real API refuses `PATCH /v1/me/phone_numbers/{id}` with 422 for a form value it cannot use: ' +
      '`form_disable_default_second_factor_not_allowed` (switching the default second factor off, a 422 ' +
      "in Clerk's error catalog) and `form_param_format_invalid` (a flag that is not a boolean); the " +
      'spec lists 400, 401, 403 and 404 only.',
    method: 'PATCH',
    paths: ['/v1/me/phone_numbers/{phone_number_id}'],
    status: 422,
    permits: { kind: 'undocumented-response', bodySchema: 'ClerkErrors' },
  },
];

/** Where the spec lives in this repository. */
export const defaultFapiSpecPath = fileURLToPath(
  new URL('../spec/clerk-fapi-2026-05-12.openapi.yml', import.meta.url),
);

export interface FapiSpecValidatorOptions {
  /** The OpenAPI YAML file; defaults to `defaultFapiSpecPath`. */
  readonly specPath?: string;
  /** Deviations to accept; defaults to `knownSpecDeviations`. */
  readonly deviations?: readonly KnownSpecDeviation[];
}

/**
 * Returns a validator for emulator responses. The first call for a spec file parses the YAML
 * and converts its schemas (a few hundred milliseconds); later calls share that work. Each
 * response schema is compiled the first time a response needs it.
 */
export function createFapiSpecValidator(
  options: FapiSpecValidatorOptions = {},
): FapiResponseValidator {
  const spec = loadFapiSpec(options.specPath ?? defaultFapiSpecPath);
  const deviations = options.deviations ?? knownSpecDeviations;

  return ({ method, path, status, body }) => {
    const upperMethod = method.toUpperCase();
    const label = `${upperMethod} ${path} ${status}`;
    const lookup = spec.findResponse(upperMethod, path, status);
    const applicable = deviations.filter((deviation) =>
      deviationCovers(deviation, upperMethod, path, lookup.pathTemplate, status),
    );

    let check: CompiledBodyCheck | undefined;
    if (lookup.kind === 'documented') {
      check = lookup.check;
    } else {
      const replacement = applicable.find(
        (deviation) => deviation.permits.kind === 'undocumented-response',
      );
      if (replacement === undefined) return [`${label}: ${lookup.problem}`];
      if (
        replacement.permits.kind === 'undocumented-response' &&
        replacement.permits.bodySchema !== null
      ) {
        check = spec.componentCheck(replacement.permits.bodySchema);
      }
    }
    if (check === undefined) return [];

    const tolerated = applicable.flatMap((deviation) =>
      deviation.permits.kind === 'tolerated-violation' ? [deviation.permits] : [],
    );
    return check(body)
      .filter((violation) => !tolerated.some((permit) => violationMatches(violation, permit)))
      .map((violation) => `${label}: ${formatViolation(violation)}`);
  };
}

/**
 * Loaded specs by file path. Every emulator a test suite starts gets a validator; they share
 * the parsed spec and the compiled schemas.
 */
const loadedSpecs = new Map<string, FapiSpec>();

function loadFapiSpec(specPath: string): FapiSpec {
  let spec = loadedSpecs.get(specPath);
  if (spec === undefined) {
    spec = new FapiSpec(loadOpenApiDocument(specPath));
    loadedSpecs.set(specPath, spec);
  }
  return spec;
}

/** Reads and parses the OpenAPI YAML file. */
export function loadOpenApiDocument(specPath: string): OpenApiDocument {
  return parseYaml(readFileSync(specPath, 'utf8')) as OpenApiDocument;
}

// ---------------------------------------------------------------------------------------------
// The parts of an OpenAPI 3.0 document this module reads.

type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components: {
    readonly schemas: Record<string, JsonObject>;
    readonly responses?: Record<string, OpenApiResponse>;
  };
}

interface OpenApiResponse {
  readonly $ref?: string;
  readonly description?: string;
  readonly content?: Record<string, { readonly schema?: JsonObject }>;
}

const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

// ---------------------------------------------------------------------------------------------
// OpenAPI 3.0 schema → JSON Schema draft-07.

/** `$id` of the registered document that holds every converted component schema. */
const componentsDocumentId = 'clerk-fapi-components.json';
const componentRefPrefix = '#/components/schemas/';

/** Keywords that only annotate an OpenAPI schema and mean nothing (or else) to Ajv. */
const openApiOnlyKeywords = new Set([
  'example',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
]);

/**
 * Converts one OpenAPI 3.0.3 schema to JSON Schema draft-07:
 * - `nullable: true` on a plain typed schema adds `null` to `type` (and to `enum`);
 *   on a schema that composes (`allOf`/`oneOf`/`anyOf`/`$ref`) it becomes
 *   `{ if: { type: 'null' }, else: <the schema> }`, so null passes and any other value is checked
 *   as before, with the errors of the schema itself rather than of an `anyOf` wrapper;
 * - the boolean `exclusiveMinimum`/`exclusiveMaximum` of OpenAPI 3.0 become numbers;
 * - the `base64` format is JSON Schema's `byte`;
 * - `#/components/schemas/X` references point into the registered components document;
 * - OpenAPI-only annotations (`example`, `discriminator`, `x-…`) are dropped.
 */
export function convertOpenApiSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(convertOpenApiSchema);
  if (schema === null || typeof schema !== 'object') return schema;

  const source = schema as JsonObject;
  const converted: JsonObject = {};
  for (const [keyword, value] of Object.entries(source)) {
    if (keyword === 'nullable' || openApiOnlyKeywords.has(keyword) || keyword.startsWith('x-'))
      continue;
    if (keyword === 'properties' || keyword === 'patternProperties' || keyword === 'definitions') {
      converted[keyword] = Object.fromEntries(
        Object.entries(value as JsonObject).map(([name, property]) => [
          name,
          convertOpenApiSchema(property),
        ]),
      );
    } else if (
      keyword === 'enum' ||
      keyword === 'required' ||
      keyword === 'default' ||
      keyword === 'const'
    ) {
      converted[keyword] = value;
    } else if (keyword === '$ref' && typeof value === 'string') {
      converted[keyword] = convertReference(value);
    } else if (keyword === 'format' && value === 'base64') {
      converted[keyword] = 'byte';
    } else {
      converted[keyword] = convertOpenApiSchema(value);
    }
  }
  convertBooleanExclusiveBound(converted, 'exclusiveMinimum', 'minimum');
  convertBooleanExclusiveBound(converted, 'exclusiveMaximum', 'maximum');

  return source['nullable'] === true ? allowNull(converted) : converted;
}

function convertReference(reference: string): string {
  if (!reference.startsWith(componentRefPrefix)) {
    throw new Error(`Unsupported $ref in the FAPI spec: ${reference}`);
  }
  return `${componentsDocumentId}#/definitions/${reference.slice(componentRefPrefix.length)}`;
}

function convertBooleanExclusiveBound(
  schema: JsonObject,
  exclusiveKeyword: string,
  boundKeyword: string,
): void {
  const exclusive = schema[exclusiveKeyword];
  if (typeof exclusive !== 'boolean') return;
  if (exclusive && typeof schema[boundKeyword] === 'number') {
    schema[exclusiveKeyword] = schema[boundKeyword];
    delete schema[boundKeyword];
  } else {
    delete schema[exclusiveKeyword];
  }
}

function allowNull(schema: JsonObject): JsonObject {
  const composes = ['allOf', 'oneOf', 'anyOf', '$ref', 'not'].some((keyword) => keyword in schema);
  if (composes) return { if: { type: 'null' }, else: schema };

  const withNull: JsonObject = { ...schema };
  const type = schema['type'];
  if (typeof type === 'string') withNull['type'] = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null'))
    withNull['type'] = [...(type as unknown[]), 'null'];
  const allowed = schema['enum'];
  if (Array.isArray(allowed) && !allowed.includes(null))
    withNull['enum'] = [...(allowed as unknown[]), null];
  return withNull;
}

// ---------------------------------------------------------------------------------------------
// Compiling and explaining.

/** One violation, kept structured until it is formatted, so deviations can match on it. */
interface Violation {
  readonly instancePath: string;
  readonly keyword: string;
  readonly property: string | undefined;
  /** What is wrong, e.g. `must have required property 'id'`. */
  readonly message: string;
}

type CompiledBodyCheck = (body: unknown) => Violation[];

type ResponseLookup =
  | {
      readonly kind: 'documented';
      readonly pathTemplate: string;
      readonly check: CompiledBodyCheck | undefined;
    }
  | {
      readonly kind: 'undocumented';
      readonly pathTemplate: string | undefined;
      readonly problem: string;
    };

interface PathTemplate {
  readonly template: string;
  readonly pattern: RegExp;
  /** Literal characters in the template: the most literal matching template wins. */
  readonly specificity: number;
  readonly operations: Record<string, unknown>;
}

/** The spec, indexed for lookups, with an Ajv instance that compiles response schemas lazily. */
class FapiSpec {
  readonly #ajv: Ajv;
  readonly #components: JsonObject;
  readonly #templates: PathTemplate[];
  readonly #responses: Record<string, OpenApiResponse>;
  /**
   * Compiled checks, by `METHOD template status-key`, or by `component Name` for deviations;
   * `undefined` when the spec documents that response without a body schema.
   */
  readonly #checks = new Map<string, CompiledBodyCheck | undefined>();
  /** Validators for the alternatives of a failed `oneOf`/`anyOf`, compiled when explaining. */
  readonly #alternativeValidators = new WeakMap<object, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.#ajv = new Ajv({
      allErrors: true,
      // Errors carry the schema that failed: how a failed `oneOf` finds its alternatives.
      verbose: true,
      allowUnionTypes: true,
      // The spec writes `properties`/`required` without `type: object` in places, and requires
      // properties it does not declare; both are fine JSON Schema.
      strictTypes: false,
      strictRequired: false,
    });
    formatsPlugin.default(this.#ajv);
    this.#components = {
      $id: componentsDocumentId,
      definitions: Object.fromEntries(
        Object.entries(document.components.schemas).map(([name, schema]) => [
          name,
          convertOpenApiSchema(schema),
        ]),
      ),
    };
    this.#ajv.addSchema(this.#components);
    this.#responses = document.components.responses ?? {};
    this.#templates = Object.entries(document.paths)
      .map(([template, operations]) => ({
        template,
        pattern: new RegExp(
          `^${template
            .split(/\{[^}]+\}/)
            .map(escapeRegExp)
            .join('[^/]+')}$`,
        ),
        specificity: template.replace(/\{[^}]+\}/g, '').length,
        operations,
      }))
      .sort((first, second) => second.specificity - first.specificity);
  }

  /** Names of all component schemas, e.g. `Client.SignIn`. */
  get componentNames(): string[] {
    return Object.keys(this.#components['definitions'] as JsonObject);
  }

  findResponse(method: string, path: string, status: number): ResponseLookup {
    // As the API answers it, `/v1/me/backup_codes/` (how clerk-js calls it) is `/v1/me/backup_codes`.
    const bare = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const template = this.#templates.find((candidate) => candidate.pattern.test(bare));
    if (template === undefined) {
      return { kind: 'undocumented', pathTemplate: undefined, problem: 'path is not in the spec' };
    }
    const operation = template.operations[method.toLowerCase()] as
      { responses?: Record<string, OpenApiResponse> } | undefined;
    if (operation === undefined) {
      return {
        kind: 'undocumented',
        pathTemplate: template.template,
        problem: `method ${method} is not in the spec for ${template.template}`,
      };
    }
    const responses = operation.responses ?? {};
    const statusKey = [
      String(status),
      `${String(status)[0]}XX`,
      `${String(status)[0]}xx`,
      'default',
    ].find((key) => key in responses);
    if (statusKey === undefined) {
      const documented = Object.keys(responses).join(', ');
      return {
        kind: 'undocumented',
        pathTemplate: template.template,
        problem: `status ${status} is not in the spec for ${method} ${template.template} (documented: ${documented})`,
      };
    }
    const cacheKey = `${method} ${template.template} ${statusKey}`;
    if (!this.#checks.has(cacheKey)) {
      this.#checks.set(
        cacheKey,
        this.#compileResponse(this.#resolveResponse(responses[statusKey]), cacheKey),
      );
    }
    return {
      kind: 'documented',
      pathTemplate: template.template,
      check: this.#checks.get(cacheKey),
    };
  }

  /** A check of a body against one component schema, by name (e.g. `ClerkErrors`). */
  componentCheck(name: string): CompiledBodyCheck {
    const cacheKey = `component ${name}`;
    let check = this.#checks.get(cacheKey);
    if (check === undefined) {
      if (!(name in (this.#components['definitions'] as JsonObject))) {
        throw new Error(`No component schema named ${name} in the FAPI spec`);
      }
      check = this.#compile({ $ref: `${componentsDocumentId}#/definitions/${name}` });
      this.#checks.set(cacheKey, check);
    }
    return check;
  }

  /** Compiles every documented JSON response schema and every component schema. */
  compileEverything(): SpecCompilationCount {
    let responses = 0;
    for (const template of this.#templates) {
      for (const method of httpMethods) {
        const operation = template.operations[method] as
          { responses?: Record<string, OpenApiResponse> } | undefined;
        for (const [statusKey, response] of Object.entries(operation?.responses ?? {})) {
          const cacheKey = `${method.toUpperCase()} ${template.template} ${statusKey}`;
          if (!this.#checks.has(cacheKey)) {
            this.#checks.set(
              cacheKey,
              this.#compileResponse(this.#resolveResponse(response), cacheKey),
            );
          }
          if (this.#checks.get(cacheKey) !== undefined) responses += 1;
        }
      }
    }
    for (const name of this.componentNames) this.componentCheck(name);
    return { responses, components: this.componentNames.length };
  }

  #resolveResponse(response: OpenApiResponse): OpenApiResponse {
    const prefix = '#/components/responses/';
    if (response.$ref === undefined) return response;
    const resolved = response.$ref.startsWith(prefix)
      ? this.#responses[response.$ref.slice(prefix.length)]
      : undefined;
    if (resolved === undefined)
      throw new Error(`Unresolvable response $ref in the FAPI spec: ${response.$ref}`);
    return this.#resolveResponse(resolved);
  }

  /**
   * A response with no `content` documents a status without a body schema (redirects, or
   * `POST /v1/dev_browser`): there is nothing to check. A response whose content is not JSON
   * makes any JSON body a violation.
   */
  #compileResponse(response: OpenApiResponse, description: string): CompiledBodyCheck | undefined {
    if (response.content === undefined) return undefined;
    const json = response.content['application/json'];
    if (json === undefined) {
      const documented = Object.keys(response.content).join(', ');
      return () => [
        {
          instancePath: '',
          keyword: 'content',
          property: undefined,
          message: `is JSON, but the spec documents no JSON body here (only ${documented})`,
        },
      ];
    }
    if (json.schema === undefined) return undefined;
    try {
      return this.#compile(convertOpenApiSchema(json.schema) as JsonObject);
    } catch (error) {
      throw new Error(
        `Cannot compile the FAPI spec schema of ${description}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  #compile(schema: JsonObject): CompiledBodyCheck {
    const validate = this.#ajv.compile(schema);
    return (body) => (validate(body) ? [] : this.#explain(validate.errors ?? [], body));
  }

  /**
   * Turns Ajv errors into violations. Two kinds of Ajv errors are noise to a reader:
   * - `if` errors: the `else` of a converted `nullable` failed, and its own errors say why;
   * - a failed `oneOf`/`anyOf` reports the errors of every alternative. Only those of the
   *   closest alternative (the one with the fewest errors) are kept, and it is named.
   */
  #explain(errors: readonly ErrorObject[], body: unknown): Violation[] {
    let remaining = errors.filter((error) => error.keyword !== 'if');
    const explained: Violation[] = [];
    const failures = remaining
      .filter(isFailedAlternatives)
      .sort((first, second) => first.instancePath.length - second.instancePath.length);

    for (const failure of failures) {
      // Already dropped as part of an enclosing failure, whose explanation covers it.
      if (!remaining.includes(failure)) continue;
      const alternatives = failure.schema as JsonObject[];
      const value = valueAt(body, failure.instancePath);
      const attempts = alternatives.map((alternative) => {
        const validate = this.#alternativeValidator(alternative);
        validate(value);
        return { alternative, errors: validate.errors ?? [] };
      });
      const closest = attempts.reduce((best, attempt) =>
        attempt.errors.length < best.errors.length ? attempt : best,
      );
      // Keep what keywords beside the `oneOf` (e.g. `type`) say; drop what its alternatives say.
      remaining = remaining.filter(
        (error) =>
          !isAtOrBelow(error.instancePath, failure.instancePath) ||
          (error !== failure && error.parentSchema === failure.parentSchema),
      );
      const name = alternativeName(closest.alternative);
      for (const violation of this.#explain(closest.errors, value)) {
        explained.push({
          ...violation,
          instancePath: failure.instancePath + violation.instancePath,
          message: `${violation.message} (closest of ${alternatives.length} alternatives: ${name})`,
        });
      }
    }

    const violations = [...remaining.map(toViolation), ...explained];
    const seen = new Set<string>();
    return violations.filter((violation) => {
      const key = formatViolation(violation);
      return !seen.has(key) && seen.add(key);
    });
  }

  #alternativeValidator(alternative: JsonObject): ValidateFunction {
    let validate = this.#alternativeValidators.get(alternative);
    if (validate === undefined) {
      validate = this.#ajv.compile(alternative);
      this.#alternativeValidators.set(alternative, validate);
    }
    return validate;
  }
}

function isFailedAlternatives(error: ErrorObject): boolean {
  return (
    (error.keyword === 'oneOf' && error.params['passingSchemas'] === null) ||
    error.keyword === 'anyOf'
  );
}

function isAtOrBelow(instancePath: string, ancestorPath: string): boolean {
  return instancePath === ancestorPath || instancePath.startsWith(`${ancestorPath}/`);
}

function alternativeName(alternative: JsonObject): string {
  const reference = alternative['$ref'];
  if (typeof reference === 'string') return reference.slice(reference.lastIndexOf('/') + 1);
  return 'an inline schema';
}

function valueAt(body: unknown, instancePath: string): unknown {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, segment) => (node as JsonObject | undefined)?.[segment], body);
}

function toViolation(error: ErrorObject): Violation {
  const property =
    (error.params['additionalProperty'] as string | undefined) ??
    (error.params['missingProperty'] as string | undefined);
  let detail = '';
  if (error.keyword === 'additionalProperties') detail = ` (${property})`;
  if (error.keyword === 'enum')
    detail = ` (${(error.params['allowedValues'] as unknown[]).map(String).join(', ')})`;
  const passing: unknown = error.params['passingSchemas'];
  if (error.keyword === 'oneOf' && Array.isArray(passing)) {
    const alternatives = error.schema as JsonObject[];
    const names = (passing as number[]).map((index) => alternativeName(alternatives[index]));
    detail = ` (matches ${names.join(' and ')})`;
  }
  // Ajv writes a nullable type as "must be integer,null".
  const message =
    error.keyword === 'type'
      ? `must be ${String(error.params['type']).split(',').join(' or ')}`
      : error.message;
  return {
    instancePath: error.instancePath,
    keyword: error.keyword,
    property,
    message: `${message ?? error.keyword}${detail}`,
  };
}

function formatViolation(violation: Violation): string {
  return `${violation.instancePath || '(body)'} ${violation.message}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Deviations.

function deviationCovers(
  deviation: KnownSpecDeviation,
  method: string,
  path: string,
  pathTemplate: string | undefined,
  status: number,
): boolean {
  return (
    (deviation.method === '*' || deviation.method.toUpperCase() === method) &&
    deviation.paths.some(
      (covered) => covered === '*' || covered === path || covered === pathTemplate,
    ) &&
    (deviation.status === undefined || deviation.status === status)
  );
}

function violationMatches(
  violation: Violation,
  permit: Extract<KnownSpecDeviation['permits'], { kind: 'tolerated-violation' }>,
): boolean {
  const expected = permit.instancePath.split('/');
  const actual = violation.instancePath.split('/');
  return (
    permit.keyword === violation.keyword &&
    (permit.property === undefined || permit.property === violation.property) &&
    expected.length === actual.length &&
    expected.every((segment, index) => segment === '*' || segment === actual[index])
  );
}

/** How many schemas of the spec compiled. */
export interface SpecCompilationCount {
  /** JSON response bodies, one per documented (method, path, status) that has a schema. */
  readonly responses: number;
  /** Schemas under `components.schemas`. */
  readonly components: number;
}

/**
 * Compiles every schema of a spec file, proving that the whole spec converts and compiles.
 * Takes seconds: validators never need it, as they compile what they meet.
 */
export function compileEntireSpec(specPath: string = defaultFapiSpecPath): SpecCompilationCount {
  return loadFapiSpec(specPath).compileEverything();
}
