/**
 * Migrates and checks the vault, then exits at once: the WASM schema engine leaves a 10 s timer behind
 * that would otherwise hold the process (and every start) for nothing.
 */
import { readDatabaseConfig } from "../lib/db/config";
import { prepareDatabase } from "./prepare-database";

process.exit(await prepareDatabase(readDatabaseConfig()));
