// Lints every cypher/*.cypher with Neo4j's own linter against GraphExplorer's graph model.
// usage: node lint.mjs [FILE...]   (default: every .cypher file under ../../cypher)
// Parameters come from each file's header line `// :param {name: value, ...}`, so a statement that uses a
// parameter its header does not document fails. Exit 1 on any error, or any warning naming a label,
// relationship type or property key that graph-schema.json does not list.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const here = path.dirname(fileURLToPath(import.meta.url));
const model = JSON.parse(fs.readFileSync(path.join(here, 'graph-schema.json'), 'utf8'));
const cypherDir = path.resolve(here, '../../cypher');
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : fs.readdirSync(cypherDir).filter(f => f.endsWith('.cypher')).sort().map(f => path.join(cypherDir, f));

// The top-level keys of the `:param {...}` map in the header comment.
function documentedParameters(text) {
  const parameters = {};
  for (const match of text.matchAll(/^\/\/\s*:param\s*(\{.*\})\s*$/gm)) {
    const body = match[1];
    let depth = 0;
    let token = '';
    let quote = null;
    for (const c of body) {
      if (quote) { if (c === quote) quote = null; continue; }
      if (c === "'" || c === '"') { quote = c; continue; }
      if (c === '{' || c === '[') { depth++; token = ''; continue; }
      if (c === '}' || c === ']') { depth--; token = ''; continue; }
      if (depth === 1 && c === ':' && token.trim()) { parameters[token.trim()] = null; token = ''; continue; }
      token = c === ',' ? '' : token + c;
    }
  }
  return parameters;
}

const unknownName = /is not present in the database|not a known (label|relationship type|property)/i;
let errors = 0;
let warnings = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.relative(process.cwd(), file);
  if (!/^\/\/\s*:param\s*\{/m.test(text)) {
    console.log(`${name}:1: error: no '// :param {...}' example line in the header`);
    errors++;
  }

  const dbSchema = {
    labels: model.labels,
    relationshipTypes: model.relationshipTypes,
    propertyKeys: [...model.propertyKeys, ...model.rowFields],
    parameters: documentedParameters(text),
  };
  let diagnostics;
  try {
    diagnostics = lintCypherQuery(text, dbSchema).diagnostics;
  } catch (e) {
    console.log(`${name}:1: error: linter crashed: ${e.message}`);
    errors++;
    continue;
  }

  for (const d of diagnostics) {
    const fatal = d.severity === 1 || unknownName.test(d.message);
    const line = (d.range?.start?.line ?? 0) + 1;
    console.log(`${name}:${line}: ${fatal ? 'error' : 'warning'}: ${d.message}`);
    if (fatal) errors++; else warnings++;
  }
}

console.log(`cypher lint: ${files.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 || files.length === 0 ? 1 : 0);
