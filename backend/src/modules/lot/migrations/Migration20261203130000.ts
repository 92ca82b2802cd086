import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Recalls: when, why and by whom a lot was withdrawn; how many of an allocation's packs came back as a return.
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lot" add column if not exists "withdrawn_at" timestamptz null, add column if not exists "withdrawal_reason" text null, add column if not exists "withdrawn_by" text null;`)
    this.addSql(`alter table if exists "lot_allocation" add column if not exists "returned" integer not null default 0;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "lot" drop column if exists "withdrawn_at", drop column if exists "withdrawal_reason", drop column if exists "withdrawn_by";`)
    this.addSql(`alter table if exists "lot_allocation" drop column if exists "returned";`)
  }
}
