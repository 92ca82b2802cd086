import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202221057 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_point" drop constraint if exists "partner_point_code_unique";`);
    this.addSql(`create table if not exists "partner_point" ("id" text not null, "code" text not null, "kind" text check ("kind" in ('scenic_spot', 'guesthouse', 'venue')) not null, "name" text not null, "name_en" text not null, "town" text not null, "town_en" text not null, "story" text not null default '', "story_en" text not null default '', "referral_rate" text not null default '0', "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_point_deleted_at" ON "partner_point" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_point_code_unique" ON "partner_point" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_scan" ("id" text not null, "point_id" text not null, "scanned_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_scan_point_id" ON "partner_scan" ("point_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_scan_deleted_at" ON "partner_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_scan_scanned_at" ON "partner_scan" ("scanned_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "partner_scan" add constraint "partner_scan_point_id_foreign" foreign key ("point_id") references "partner_point" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "partner_scan" drop constraint if exists "partner_scan_point_id_foreign";`);

    this.addSql(`drop table if exists "partner_point" cascade;`);

    this.addSql(`drop table if exists "partner_scan" cascade;`);
  }

}
