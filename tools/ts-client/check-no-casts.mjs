// Refuses what would let the mobile scenario type-check without the contract's help: type assertions (`x as T`,
// `<T>x`; `as const` is allowed, it asserts nothing), non-null assertions (`x!`) and `any`. Reads the scenario's syntax tree with the pinned TypeScript compiler.
// Usage: node check-no-casts.mjs src/*.ts — prints each finding as file:line:column and exits 1 when there is one.
import { readFileSync } from "node:fs";
import ts from "typescript";

const findings = [];
for (const file of process.argv.slice(2)) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node) => {
    let what;
    if (ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.getText(source) === "const")) what = "type assertion (as)";
    else if (ts.isTypeAssertionExpression(node)) what = "type assertion (<T>)";
    else if (ts.isNonNullExpression(node)) what = "non-null assertion (!)";
    else if (node.kind === ts.SyntaxKind.AnyKeyword) what = "any";
    if (what !== undefined) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      findings.push(`${file}:${line + 1}:${character + 1}: ${what}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

for (const finding of findings) console.error(finding);
if (findings.length > 0) {
  console.error(`${findings.length} cast(s) or assertion(s): the scenario must type-check without them.`);
  process.exit(1);
}
console.log(`No casts, non-null assertions or any in ${process.argv.length - 2} file(s).`);
