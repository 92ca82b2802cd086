import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Lots, the households' shares of them and their receipts into stock.
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "lot" ("id" text not null, "seller_id" text not null, "product_id" text not null, "code" text not null, "kind" text check ("kind" in ('harvest', 'slaughter', 'processing')) not null, "produced_on" timestamptz not null, "town" text not null, "village" text null, "base" text null, "quantity" numeric not null, "raw_quantity" jsonb not null, "unit" text check ("unit" in ('kg', 'unit')) not null, "storage" text null, "best_before" timestamptz null, "inputs" jsonb not null, "status" text check ("status" in ('active', 'withdrawn')) not null default 'active', "inspection_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_deleted_at" ON "lot" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_seller_id_code_unique" ON "lot" ("seller_id", "code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_product_id" ON "lot" ("product_id") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "lot_supply" ("id" text not null, "member_id" text not null, "quantity" numeric not null, "raw_quantity" jsonb not null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_supply_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_supply_lot_id" ON "lot_supply" ("lot_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_supply_deleted_at" ON "lot_supply" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_supply_lot_id_member_id_unique" ON "lot_supply" ("lot_id", "member_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_supply_member_id" ON "lot_supply" ("member_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "lot_supply" add constraint "lot_supply_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete cascade;`)

    this.addSql(`create table if not exists "lot_receipt" ("id" text not null, "variant_id" text not null, "packs" integer not null, "quantity" numeric not null, "raw_quantity" jsonb not null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_receipt_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_receipt_lot_id" ON "lot_receipt" ("lot_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_receipt_deleted_at" ON "lot_receipt" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "lot_receipt" add constraint "lot_receipt_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lot_receipt" cascade;`)
    this.addSql(`drop table if exists "lot_supply" cascade;`)
    this.addSql(`drop table if exists "lot" cascade;`)
  }
}
