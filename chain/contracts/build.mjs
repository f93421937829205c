// Compiles src/*.sol with solc-js (standard JSON, pinned EVM version) and
// writes one artifact per deployable contract: <out>/<Name>.json holding
// {contractName, sourceName, compiler, abi, bytecode}. The output is
// deterministic: same sources and node_modules give the same bytes.
//
// Usage: node build.mjs [outDir]   (outDir defaults to ./artifacts)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const solc = require("solc");

const EVM_VERSION = "cancun";
const OPTIMIZER_RUNS = 200;
const SOLC_VERSION = "0.8.37";

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(here, "src");
const outDir = path.resolve(process.argv[2] ?? path.join(here, "artifacts"));

const compilerVersion = solc.version();
if (!compilerVersion.startsWith(SOLC_VERSION + "+")) {
  console.error(`build.mjs: solc-js ${compilerVersion} found, ${SOLC_VERSION} required (run npm ci)`);
  process.exit(1);
}

const sources = {};
for (const name of fs.readdirSync(srcDir).filter((f) => f.endsWith(".sol")).sort()) {
  sources[`src/${name}`] = { content: fs.readFileSync(path.join(srcDir, name), "utf8") };
}

// Resolves package imports (@openzeppelin/…, @uniswap/…) from node_modules only.
function findImports(importPath) {
  if (!importPath.startsWith("@")) return { error: `import not found: ${importPath}` };
  const file = path.join(here, "node_modules", importPath);
  try {
    return { contents: fs.readFileSync(file, "utf8") };
  } catch (err) {
    return { error: `import ${importPath}: ${err.message}` };
  }
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
    // Only our own sources; imported files are compiled but not emitted.
    outputSelection: Object.fromEntries(
      Object.keys(sources).map((s) => [s, { "*": ["abi", "evm.bytecode.object"] }]),
    ),
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
if (!output.contracts && !output.errors) {
  console.error("build.mjs: solc produced no contracts");
  process.exit(1);
}
let failed = false;
for (const e of output.errors ?? []) {
  console.error(e.formattedMessage);
  if (e.severity === "error") failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const sourceName of Object.keys(output.contracts).sort()) {
  if (!sourceName.startsWith("src/")) continue;
  for (const [name, c] of Object.entries(output.contracts[sourceName]).sort(([a], [b]) => a.localeCompare(b))) {
    const bytecode = c.evm?.bytecode?.object ?? "";
    if (bytecode === "") continue; // interfaces and abstract contracts
    const artifact = {
      contractName: name,
      sourceName,
      compiler: { version: compilerVersion, evmVersion: EVM_VERSION, optimizerRuns: OPTIMIZER_RUNS },
      abi: c.abi,
      bytecode: "0x" + bytecode,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + "\n");
    written.push(name);
  }
}
console.log(`build.mjs: wrote ${written.join(", ")} to ${outDir}`);
