// A project rule for oxlint (ESLint-compatible plugin API): names that carry meaning are words, not letters.
// ESLint's id-length cannot tell a tiny lambda (`rows.map((r) => r.id)`, where the letter is clear from the line)
// from a variable that lives for twenty lines, so it would either flag thousands of harmless lambdas or nothing.
//
// Allowed one-letter names: parameters of a tiny lambda (an arrow function whose body is one expression, or a
// function expression of at most two statements), the element of a loop of at most two statements, loop counters
// (`for (let i = 0; …)`), `_` for an unused binding, and names a module exports as such (`import { z } from "zod"`,
// `import { t } from "@/lib/i18n/t"`).
// Generic type parameters (`T`, `K`) are types, not bindings, and are not checked.
//
// `oxlint --fix` renames where the word is plain from the code: `catch (e)` → `error`; a string table
// (`const s = vi.units`, `import { home as s }`) → `text`; the element of a plural (`for (const r of rows)`,
// a long `units.map((u) => {…})`) → `row`, `unit`; `[k, v]` of entries → `key`, `value`; `{ decision: d }` →
// `decision`; `const d = await getDecisionDocument(…)` → `decisionDocument`, any other call's value → `result`;
// a typed parameter (`d: Date`) → `date`; an event handler's `e` → `event`.
// It renames only when the new name appears in the enclosing function as nothing but a property, so nothing is
// shadowed; `tsc` checks the result.

const MAX_TINY_STATEMENTS = 2;
const ITERATION_METHODS = new Set([
  "map",
  "filter",
  "forEach",
  "find",
  "findLast",
  "some",
  "every",
  "flatMap",
  "findIndex",
]);
const LEADING_VERBS = /^(get|load|find|fetch|list|read|parse|build|make|create|compute|plan|require|resolve)(?=[A-Z])/;
const PRISMA_SINGLE = /^(findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|update|upsert|delete)$/;
// Keywords, and browser globals a local must not shadow.
const RESERVED = new Set([
  "default",
  "delete",
  "new",
  "class",
  "function",
  "switch",
  "case",
  "in",
  "of",
  "for",
  "string",
  "number",
  "window",
  "document",
  "location",
  "name",
  "self",
  "history",
  "status",
  "top",
  "parent",
  "length",
  "close",
  "open",
  "print",
  "screen",
  "origin",
  "navigator",
  "performance",
  "crypto",
  "fetch",
  "process",
]);
const WRAPPER_TYPES = new Set(["Partial", "Pick", "Omit", "Readonly", "Required", "NonNullable", "Awaited"]);

/** The identifiers a binding pattern declares (`a`, `{ a, b: c }`, `[a, ...b]`, `a = 1`). */
function boundIdentifiers(pattern, out = []) {
  if (!pattern) return out;
  switch (pattern.type) {
    case "Identifier":
      out.push(pattern);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties) {
        boundIdentifiers(property.type === "RestElement" ? property.argument : property.value, out);
      }
      break;
    case "ArrayPattern":
      for (const element of pattern.elements) boundIdentifiers(element, out);
      break;
    case "AssignmentPattern":
      boundIdentifiers(pattern.left, out);
      break;
    case "RestElement":
      boundIdentifiers(pattern.argument, out);
      break;
    case "TSParameterProperty":
      boundIdentifiers(pattern.parameter, out);
      break;
  }
  return out;
}

/** How many statements a node holds, nested ones included (`if (a) b(); else c();` holds three). */
function statementCount(node) {
  if (!node || typeof node.type !== "string") return 0;
  let count = /Statement$|^VariableDeclaration$/.test(node.type) && node.type !== "BlockStatement" ? 1 : 0;
  for (const key of Object.keys(node)) {
    if (key === "parent") continue;
    const child = node[key];
    if (Array.isArray(child)) for (const item of child) count += statementCount(item);
    else if (child && typeof child.type === "string") count += statementCount(child);
  }
  return count;
}

/**
 * True for `(r) => r.id` and for a function expression of at most two statements. Counted in statements, not lines,
 * so that the formatter (which may spread one line over five) never changes the verdict.
 */
function isTinyLambda(fn) {
  if (fn.type === "ArrowFunctionExpression" && fn.expression) return true;
  return fn.type !== "FunctionDeclaration" && statementCount(fn.body) <= MAX_TINY_STATEMENTS;
}

const isOneLetter = (name) => name.length === 1 && name !== "_";

/** `rows` → `row`, `entries` → `entry`, `statuses` → `status`; null when the word is not a plural. */
const IRREGULAR_PLURALS = { criteria: "criterion", children: "child", people: "person", indices: "index" };

function singular(word) {
  if (!word || word.length < 3) return null;
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word];
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (/(ss|x|ch|sh|us)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return null;
}

/** The last word of an expression's name: `rows` for `rows`, `items` for `data.items`, null otherwise. */
function lastName(node) {
  if (!node) return null;
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier")
    return node.property.name;
  if (node.type === "TSNonNullExpression") return lastName(node.expression);
  return null;
}

/** A verb-noun callee's noun: `getDecisionDocument` → `decisionDocument`; `parseFiltersStrict` → `filters`. */
const nounOf = (callee) => lowerFirst(callee.replace(LEADING_VERBS, "").replace(/(Strict|Safe|OrThrow|OrNull)$/, ""));

const lowerFirst = (name) => name.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (head) => head.toLowerCase());

/** `vi.units.form` or `committee.funding`, where the root is imported from the Vietnamese catalog (lib/i18n). */
function isStringTable(init, catalogNames) {
  let node = init;
  while (node && node.type === "MemberExpression") node = node.object;
  return node !== init && node && node.type === "Identifier" && catalogNames.has(node.name);
}

/** The names a file imports from lib/i18n. */
function catalogImports(program) {
  const names = new Set();
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration" || !/\/i18n\//.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) names.add(specifier.local.name);
  }
  return names;
}

function isEntries(call) {
  if (!call || call.type !== "CallExpression") return false;
  const callee = call.callee;
  return (
    callee.type === "MemberExpression" && callee.property.type === "Identifier" && callee.property.name === "entries"
  );
}

/** The word the one-letter binding `identifier` stands for, when the code says it plainly; else null. */
function suggestedName(identifier, catalogNames) {
  const parent = identifier.parent;
  // `catch (e)`
  if (parent.type === "CatchClause") return "error";
  // `import { home as s } from "@/lib/i18n/vi/home"`
  if (parent.type === "ImportSpecifier") return /\/i18n\//.test(parent.parent.source.value) ? "text" : null;
  // `{ decision: d }` in a declaration: the property's own name
  if (
    parent.type === "Property" &&
    parent.value === identifier &&
    parent.key.type === "Identifier" &&
    !parent.computed
  ) {
    return parent.key.name.length > 1 ? parent.key.name : null;
  }
  // `[k, v]` of `Object.entries(…)` or `map.entries()`, in a for-of or a callback
  if (parent.type === "ArrayPattern") {
    const index = parent.elements.indexOf(identifier);
    const holder = parent.parent;
    let source = null;
    if (holder.type === "VariableDeclarator" && holder.parent.parent.type === "ForOfStatement")
      source = holder.parent.parent.right;
    if (holder.type === "ArrowFunctionExpression" || holder.type === "FunctionExpression") {
      const call = holder.parent;
      if (call.type === "CallExpression" && call.callee.type === "MemberExpression") source = call.callee.object;
    }
    if (isEntries(source) && index <= 1) return index === 0 ? "key" : "value";
    return null;
  }
  if (parent.type === "VariableDeclarator" && parent.id === identifier) {
    const declaration = parent.parent;
    // `for (const r of rows)`
    if (declaration.parent.type === "ForOfStatement" && declaration.parent.left === declaration) {
      return singular(lastName(declaration.parent.right));
    }
    const init = parent.init;
    if (!init) return null;
    if (isStringTable(init, catalogNames)) return "text";
    let value = init.type === "AwaitExpression" ? init.argument : init;
    // `await loadOrNotFound(() => getMap(…))`: the call inside the wrapper names the value
    const wrapped = value.type === "CallExpression" && value.arguments.length === 1 ? value.arguments[0] : null;
    if (wrapped && wrapped.type === "ArrowFunctionExpression" && wrapped.body.type === "CallExpression") {
      value = wrapped.body;
    }
    // `const p = await params`
    if (value.type === "Identifier" && value.name === "params") return "routeParams";
    // `const u = await db.unit.findUniqueOrThrow(…)`: the model
    if (value.type === "CallExpression" && value.callee.type === "MemberExpression") {
      const method = lastName(value.callee);
      const model = lastName(value.callee.object);
      if (PRISMA_SINGLE.test(method) && model && value.callee.object.type === "MemberExpression") return model;
      if (method === "count" && model && value.callee.object.type === "MemberExpression") return `${model}Count`;
    }
    // `const d = await getDecisionDocument(…)`
    if (value.type === "CallExpression") {
      const callee = lastName(value.callee);
      const noun = callee && LEADING_VERBS.test(callee) ? nounOf(callee) : null;
      if (noun && !/^(many|first|unique|all|one)|OrThrow$/.test(noun)) return noun;
    }
    // `const r = await run(() => saveAction(…))`, `await call()`, `await tx.x.updateMany(…)`: what it answers
    if (init.type === "AwaitExpression" && value.type === "CallExpression") {
      const callee = lastName(value.callee);
      if (callee === "updateMany" || callee === "deleteMany") return callee === "updateMany" ? "updated" : "deleted";
      if (callee && (/^(run|call|go|execute|attempt)$/.test(callee) || callee.endsWith("Action"))) return "result";
    }
    // A fixture named by its letter (`const B = await commune("B")`, `const K = fx.communes[5]!`): `communeB`
    if (/^[A-Z]$/.test(identifier.name)) {
      const holder = value.type === "TSNonNullExpression" ? value.expression : value;
      const kind = holder.type === "CallExpression" ? lastName(holder.callee) : singular(lastName(holder.object));
      if (kind && /^[a-z]+$/.test(kind)) return `${singular(kind) ?? kind}${identifier.name}`;
    }
    // Any other call (`const r = await updateAgency(actor, input)`, `const r = proposalEligibility(…)`): its result
    if (value.type === "CallExpression") return "result";
    // `const v = r.value`: the property's name
    if (init.type === "MemberExpression" && !init.computed && init.property.type === "Identifier") {
      return init.property.name.length > 1 ? init.property.name : null;
    }
    // `const q = new URLSearchParams()`
    if (value.type === "NewExpression" && value.callee.type === "Identifier") return lowerFirst(value.callee.name);
    return null;
  }
  // A typed parameter: `(d: Date)` → `date`, `(p: Props)` → `props`, `(e: React.FormEvent)` → `event`
  const annotation = identifier.typeAnnotation && identifier.typeAnnotation.typeAnnotation;
  if (annotation && annotation.type === "TSTypeReference") {
    let reference = annotation;
    const typeName = (node) => (node.typeName.type === "Identifier" ? node.typeName.name : node.typeName.right.name);
    while (WRAPPER_TYPES.has(typeName(reference)) && reference.typeArguments?.params[0]?.type === "TSTypeReference") {
      reference = reference.typeArguments.params[0];
    }
    const name = typeName(reference);
    if (name.endsWith("Event")) return "event";
    if (!WRAPPER_TYPES.has(name) && name.length > 1) return lowerFirst(name);
  }
  // A parameter of a callback: `rows.map((r) => {…})`, `onChange={(e) => {…}}`
  const fn = parent;
  if ((fn.type === "ArrowFunctionExpression" || fn.type === "FunctionExpression") && fn.params.includes(identifier)) {
    const index = fn.params.indexOf(identifier);
    const call = fn.parent;
    if (call.type === "CallExpression" && call.callee.type === "MemberExpression" && call.arguments[0] === fn) {
      const method = lastName(call.callee);
      const element = singular(lastName(call.callee.object));
      if (ITERATION_METHODS.has(method) && index === 0) return element;
      if (method === "reduce" && index === 1) return element;
    }
    if (call.type === "JSXExpressionContainer" && call.parent.type === "JSXAttribute" && index === 0) {
      return /^on[A-Z]/.test(call.parent.name.name) ? "event" : null;
    }
  }
  return null;
}

/** The function (or program) around a node: the new name must not appear anywhere in it. */
function enclosingBlock(node) {
  let current = node.parent;
  while (current.parent) {
    if (/Function/.test(current.type) && current.type !== "TSFunctionType") return current;
    current = current.parent;
  }
  return current;
}

const rule = {
  meta: {
    type: "suggestion",
    fixable: "code",
    docs: { description: "One-letter names only in tiny lambdas and loop counters" },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const catalogNames = catalogImports(sourceCode.ast);
    // Names given by this run's fixes, with the function each lives in: two bindings of one function, or of
    // nested ones, never get the same new name in one run (the next run sees the first and skips the second).
    const claimed = [];
    const claim = (name, block) => {
      const overlaps = claimed.some(
        (other) => other.name === name && other.range[0] <= block.range[1] && block.range[0] <= other.range[1],
      );
      if (!overlaps) claimed.push({ name, range: block.range });
      return !overlaps;
    };

    /** The fix renaming the binding and every reference to it, or undefined when unsafe or unclear. */
    function renameFix(identifier, declarationNode) {
      const newName = suggestedName(identifier, catalogNames);
      if (!newName || !/^[a-z][A-Za-z0-9]+$/.test(newName) || RESERVED.has(newName)) return undefined;
      const variable = sourceCode.getDeclaredVariables(declarationNode).find((v) => v.identifiers.includes(identifier));
      if (!variable) return undefined;
      const block = enclosingBlock(identifier);
      // Anywhere in the function except as a property (`row.unit`, `{ unit: 1 }`), a JSX attribute (`unit={…}`) or
      // a whole string (`"unit"`): an existing name is never shadowed.
      const used = new RegExp(`(?<![.\\w$"'-])${newName}(?![\\w$"'-]|:|=[{"])`);
      if (used.test(sourceCode.getText(block))) return undefined;
      // Nor a name of an enclosing scope (a module's import or function), even one this function does not use.
      for (let scope = variable.scope; scope; scope = scope.upper) if (scope.set.has(newName)) return undefined;
      if (!claim(newName, block)) return undefined;
      const targets = [identifier, ...variable.references.map((reference) => reference.identifier)];
      const unique = [...new Set(targets)];
      for (const target of unique) {
        const holder = target.parent;
        if (holder.type === "ExportSpecifier" || target.type === "JSXIdentifier") return undefined;
        if (holder.type === "Property" && holder.shorthand && holder.value.type === "AssignmentPattern")
          return undefined;
      }
      return (fixer) =>
        unique.map((target) => {
          const start = target.range[0];
          const holder = target.parent;
          if (holder.type === "Property" && holder.shorthand)
            return fixer.replaceTextRange([start, start + 1], `${target.name}: ${newName}`);
          if (holder.type === "ImportSpecifier" && holder.local === target && holder.imported === target)
            return fixer.insertTextAfterRange([start, start + 1], ` as ${newName}`);
          return fixer.replaceTextRange([start, start + 1], newName);
        });
    }

    const report = (identifier, declarationNode) =>
      context.report({
        node: identifier,
        message: `'${identifier.name}' is one letter: name it for what it holds (one letter is fine only in a tiny lambda).`,
        fix: renameFix(identifier, declarationNode),
      });
    const checkAll = (identifiers, declarationNode) => {
      for (const identifier of identifiers) if (isOneLetter(identifier.name)) report(identifier, declarationNode);
    };
    const checkFunction = (fn) => {
      if (fn.id) checkAll([fn.id], fn);
      if (isTinyLambda(fn)) return;
      for (const param of fn.params) checkAll(boundIdentifiers(param), fn);
    };
    return {
      FunctionDeclaration: checkFunction,
      FunctionExpression: checkFunction,
      ArrowFunctionExpression: checkFunction,
      CatchClause(node) {
        checkAll(boundIdentifiers(node.param), node);
      },
      ImportSpecifier(node) {
        // `import { z }`: the module's own name for it; `import { home as s }`: ours, so checked.
        if (node.imported.name !== node.local.name) checkAll([node.local], node);
      },
      VariableDeclarator(node) {
        const declaration = node.parent;
        const loop = declaration && declaration.parent;
        // `for (let r = FIRST_ROW; r <= last; r++)`: a counter, like `i`
        const isCounter = loop && loop.type === "ForStatement" && loop.init === declaration;
        // `for (const c of criteria) out[c.group].push(c.code);`: as short-lived as a tiny lambda's parameter
        const isTinyLoop =
          loop &&
          (loop.type === "ForOfStatement" || loop.type === "ForInStatement") &&
          loop.left === declaration &&
          statementCount(loop.body) <= MAX_TINY_STATEMENTS;
        if (isCounter || isTinyLoop) return;
        checkAll(boundIdentifiers(node.id), node);
      },
    };
  },
};

const plugin = {
  meta: { name: "project" },
  rules: { "readable-names": rule },
};

export default plugin;
