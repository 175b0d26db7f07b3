// Run every graphql-http server audit against a GraphQL endpoint and print
// the results as one JSON array: [{id, name, status, reason}], status being
// "ok", "warn" (a SHOULD/MAY not met) or "error" (a MUST not met).
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify(results, null, 1));
