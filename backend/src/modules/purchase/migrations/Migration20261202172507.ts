import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202172507 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "purchase" ("id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_deleted_at" ON "purchase" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "share" ("id" text not null, "purchase_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_purchase_id" ON "share" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_deleted_at" ON "share" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "share" add constraint "share_purchase_id_foreign" foreign key ("purchase_id") references "purchase" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "share" drop constraint if exists "share_purchase_id_foreign";`);

    this.addSql(`drop table if exists "purchase" cascade;`);

    this.addSql(`drop table if exists "share" cascade;`);
  }

}
