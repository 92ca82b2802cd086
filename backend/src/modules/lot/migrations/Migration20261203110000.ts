import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Compliance certificates of lots: issued once, corrected only by a new one that supersedes it. Kept when anything
// tries to delete their lot (no cascade): the regime asks for them to be kept.
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "certificate" ("id" text not null, "number" text not null, "product_name" text not null, "quantity" numeric not null, "raw_quantity" jsonb not null, "unit" text check ("unit" in ('kg', 'unit')) not null, "producer_name" text not null, "producer_origin" text not null, "producer_contact" text not null, "issued_at" timestamptz not null, "commitments" jsonb not null, "basis" jsonb not null, "supersedes_id" text null, "correction_reason" text null, "issued_by" text not null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_lot_id" ON "certificate" ("lot_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_supersedes_id_unique" ON "certificate" ("supersedes_id") WHERE supersedes_id IS NOT NULL AND deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_lot_id_unique" ON "certificate" ("lot_id") WHERE supersedes_id IS NULL AND deleted_at IS NULL;`)
    this.addSql(`alter table if exists "certificate" add constraint "certificate_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate" cascade;`)
  }
}
