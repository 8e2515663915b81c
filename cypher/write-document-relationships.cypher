// write-document-relationships: one batch of a document's relationships. MERGE one relationship per
// (source, type, target) with the wire type (INVESTS_IN, BUILT_ON, COMPETES_WITH, SUPPLIES_COMPUTE_TO,
// DEVELOPS; COMPETES_WITH with source key < target key), then append each piece of evidence whose id
// (a hash of doc+line+quote, and the basis for a model's evidence) it does not carry yet, so a repeated batch
// adds nothing. evidenceModels names the model for basis 'llm' ('' otherwise; a relationship written before the
// list existed gets '' for the evidence it already carries, so the lists stay parallel).
// Both endpoints are MENTIONED by the document (written by write-document-entities first).
// Needs Neo4j 5.26 or later (dynamic relationship type).
// Parameters: $rows, each {source, type, target, evidence: [{id, doc, line, quote, basis, model}]}.
// Example:
// :param {rows: [{source: 'chatgpt', type: 'BUILT_ON', target: 'gpt-4', evidence: [{id: 'a1b2', doc: 'notes.md', line: 3, quote: 'ChatGPT is built on GPT-4', basis: 'prose', model: ''}]}]}
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row, coalesce(r.evidenceIds, []) AS known
WITH r, known, [ev IN row.evidence WHERE NOT ev.id IN known] AS fresh
SET r.evidenceIds = known + [ev IN fresh | ev.id],
    r.evidenceDocs = coalesce(r.evidenceDocs, []) + [ev IN fresh | ev.doc],
    r.evidenceLines = coalesce(r.evidenceLines, []) + [ev IN fresh | ev.line],
    r.evidenceQuotes = coalesce(r.evidenceQuotes, []) + [ev IN fresh | ev.quote],
    r.evidenceBases = coalesce(r.evidenceBases, []) + [ev IN fresh | ev.basis],
    r.evidenceModels = coalesce(r.evidenceModels, [id IN known | '']) + [ev IN fresh | ev.model],
    r.support = size(known) + size(fresh);
