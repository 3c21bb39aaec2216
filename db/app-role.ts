/**
 * The app and the worker log in as a role of their own with only the rights they use. The audit
 * log's append-only triggers bind everyone, but a table's owner or a superuser can switch them off
 * (ALTER TABLE ... DISABLE TRIGGER, session_replication_role): so the app role owns nothing, is
 * no superuser, and may only read and append to audit_log. Migrations run as the owner.
 */
import type pg from "pg";
import type { RoleLogin } from "./embedded-credentials";

type Queryable = Pick<pg.Pool, "connect">;

/** The role a connection URL logs in as. */
export function roleOfUrl(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error("the app's database URL names no user");
  return user;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Creates the login role, or resets its rights and password (the embedded Postgres only; an operator creates its own). */
export async function ensureLoginRole(client: pg.Client, login: RoleLogin): Promise<void> {
  const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [login.user]);
  const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(login.password)}`;
  await client.query(`${exists.rowCount ? "ALTER" : "CREATE"} ROLE ${ident(login.user)} WITH ${attributes}`);
}

/** Why `role` could get around the audit log's triggers, or null when it cannot. */
async function excessRights(client: pg.PoolClient, role: string): Promise<string | null> {
  const { rows } = await client.query(
    `SELECT r.rolsuper, r.rolcreaterole,
            pg_has_role(r.oid, c.relowner, 'MEMBER') AS acts_as_owner,
            pg_get_userbyid(c.relowner) AS owner
       FROM pg_roles r, pg_class c
      WHERE r.rolname = $1 AND c.oid = 'public.audit_log'::regclass`,
    [role],
  );
  const r = rows[0];
  if (!r) return `does not exist (as the owner: CREATE ROLE ${ident(role)} LOGIN PASSWORD '...')`;
  if (r.rolsuper) return "is a superuser, which can switch the audit log's triggers off";
  if (r.acts_as_owner) return `is, or is a member of, ${r.owner}, the owner of audit_log, which can switch its triggers off`;
  if (r.rolcreaterole) return "may create roles (CREATEROLE), so it could give itself more rights";
  // Before Postgres 15 only superusers may set it; since then it can be granted.
  const version = Number((await client.query("SHOW server_version_num")).rows[0].server_version_num);
  if (version >= 150000) {
    const set = await client.query("SELECT has_parameter_privilege($1, 'session_replication_role', 'SET') AS yes", [role]);
    if (set.rows[0].yes) return "may set session_replication_role, which switches triggers off";
  }
  return null;
}

/**
 * Run by the owner after the migrations, on every start (idempotent, so tables added by a later
 * migration get the same grants): read and write on every table, except audit_log (read and
 * append); no TRUNCATE, REFERENCES or TRIGGER anywhere; the job queue's schema when present.
 */
export async function grantAppRole(pool: Queryable, role: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // Two starts at once must not race on the same grants ("tuple concurrently updated").
    await client.query("SELECT pg_advisory_xact_lock(hashtext('sightline.grant_app_role'))");
    const excess = await excessRights(client, role);
    if (excess) throw new Error(`the app's database role ${role} ${excess}; give the app a role of its own (README: "Database roles")`);
    const r = ident(role);
    for (const schema of ["public", "pgboss"]) {
      const present = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
      if (!present.rowCount) continue;
      await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${r}`);
      await client.query(`REVOKE CREATE ON SCHEMA ${schema} FROM ${r}`);
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${r}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${r}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${r}`);
    }
    await client.query(`REVOKE UPDATE, DELETE ON public.audit_log FROM ${r}`);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
