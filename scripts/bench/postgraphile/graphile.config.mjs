// PostGraphile 5 as the read-path benchmark's peer: the Amber preset, the connection filter plugin (filters on
// columns and relations, as a PostGraphile user would add to filter events), served in production mode on loopback.
// scripts/bench/read-path.sh copies this file next to the installed packages and starts the CLI with it.
//
// Environment: DATABASE_URL (postgres://...), PORT.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

if (!process.env.DATABASE_URL || !process.env.PORT) {
  throw new Error("set DATABASE_URL and PORT");
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      // public holds Frontline's tables; postgraphile_bench the benchmark's search and region functions
      schemas: ["public", "postgraphile_bench"],
    }),
  ],
  // By default PostGraphile offers ordering and filtering only on indexed columns; Frontline's schema has no index on
  // place.name (Frontline orders places by name all the same), so the benchmark lifts that rule rather than change
  // the database the two servers share.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  schema: {
    connectionFilterRelations: true,
  },
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT),
    graphiql: false,
    watch: false,
  },
  grafast: {
    explain: false,
  },
};

export default preset;
