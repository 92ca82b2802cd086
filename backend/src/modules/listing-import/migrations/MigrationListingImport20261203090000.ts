import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class MigrationListingImport20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "listing_import" ("id" text not null, "seller_id" text not null, "file_name" text not null, "status" text check ("status" in ('queued', 'running', 'done', 'failed')) not null default 'queued', "total" integer not null, "processed" integer not null default 0, "imported" integer not null default 0, "failed" integer not null default 0, "work" jsonb not null, "errors" jsonb not null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_import_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_import_seller_id" ON "listing_import" ("seller_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_import_deleted_at" ON "listing_import" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing_import" cascade;`)
  }
}
