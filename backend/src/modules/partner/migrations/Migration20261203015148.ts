import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203015148 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_owner" drop constraint if exists "partner_owner_email_unique";`);
    this.addSql(`alter table if exists "partner_owner_invite" drop constraint if exists "partner_owner_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "partner_owner_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "accepted_at" timestamptz null, "expires_at" timestamptz not null, "point_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_owner_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_owner_invite_token_hash_unique" ON "partner_owner_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_owner_invite_point_id" ON "partner_owner_invite" ("point_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_owner_invite_deleted_at" ON "partner_owner_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_owner" ("id" text not null, "email" text not null, "point_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_owner_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_owner_email_unique" ON "partner_owner" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_owner_point_id" ON "partner_owner" ("point_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_owner_deleted_at" ON "partner_owner" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "partner_owner_invite" add constraint "partner_owner_invite_point_id_foreign" foreign key ("point_id") references "partner_point" ("id") on update cascade;`);

    this.addSql(`alter table if exists "partner_owner" add constraint "partner_owner_point_id_foreign" foreign key ("point_id") references "partner_point" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_owner_invite" cascade;`);

    this.addSql(`drop table if exists "partner_owner" cascade;`);
  }

}
