/**
 * The app's database role: it can do what the app does, and cannot change or remove audit
 * entries, neither directly nor by switching the append-only triggers off.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { grantAppRole, roleOfUrl } from "./app-role";

let app: pg.Client;
let owner: pg.Pool;

beforeAll(async () => {
  app = new pg.Client({ connectionString: inject("databaseUrl") });
  await app.connect();
  owner = new pg.Pool({ connectionString: inject("ownerDatabaseUrl"), max: 2 });
});
afterAll(async () => {
  await app.end();
  await owner.end();
});

const refused = (statement: string) => expect(app.query(statement)).rejects.toMatchObject({ code: "42501" }); // insufficient_privilege

describe("the app role", () => {
  it("is not the owner's role, not a superuser, and reads and appends to the audit log", async () => {
    expect(roleOfUrl(inject("databaseUrl"))).not.toBe(roleOfUrl(inject("ownerDatabaseUrl")));
    const { rows } = await app.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    expect(rows[0].rolsuper).toBe(false);
    const inserted = await app.query(
      "INSERT INTO audit_log (actor_type, action, entity_type, entity_id) VALUES ('system', 'test.append', 'test', 'app-role') RETURNING id",
    );
    const read = await app.query("SELECT action FROM audit_log WHERE id = $1", [inserted.rows[0].id]);
    expect(read.rows[0].action).toBe("test.append");
  });

  it("cannot update, delete or truncate audit entries, nor switch the append-only triggers off", async () => {
    await refused("UPDATE audit_log SET action = 'forged'");
    await refused("DELETE FROM audit_log");
    await refused("TRUNCATE audit_log");
    await refused("ALTER TABLE audit_log DISABLE TRIGGER ALL");
    await refused("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
    await refused("SET session_replication_role = replica");
    await refused("DROP TABLE audit_log");
  });

  it("truncates nothing and creates nothing", async () => {
    await refused("TRUNCATE users");
    await refused("TRUNCATE review_items");
    await refused("CREATE TABLE public.sneaky (id int)");
    await refused("CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()");
  });
});

describe("grantAppRole", () => {
  it("refuses a superuser, or a role that can act as the audit log's owner, as the app's role", async () => {
    const ownerRole = roleOfUrl(inject("ownerDatabaseUrl"));
    await expect(grantAppRole(owner, ownerRole)).rejects.toThrow(/is a superuser/);
    await owner.query("DROP ROLE IF EXISTS owner_member");
    await owner.query(`CREATE ROLE owner_member LOGIN IN ROLE ${ownerRole}`);
    await expect(grantAppRole(owner, "owner_member")).rejects.toThrow(/is, or is a member of, sightline, the owner of audit_log/);
    await expect(grantAppRole(owner, "nobody_here")).rejects.toThrow(/does not exist/);
    await owner.query("DROP ROLE owner_member");
  });

  it("takes back rights given outside it, and can run again", async () => {
    const appRole = roleOfUrl(inject("databaseUrl"));
    await owner.query(`GRANT TRUNCATE, UPDATE ON audit_log TO ${appRole}`);
    await grantAppRole(owner, appRole);
    await grantAppRole(owner, appRole);
    await refused("TRUNCATE audit_log");
    await refused("UPDATE audit_log SET action = 'forged'");
  });
});
