import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Station intakes (代销) as a source of household income: the kind and source type, the intake, and what of a lot
// sale's share the intake price already paid.
export class MigrationLedgerIntake20261203160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in ('lot_sale', 'contract_purchase', 'intake', 'reversal'));`)
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_source_type_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_source_type_check" check ("source_type" in ('order_line', 'lot', 'intake'));`)
    this.addSql(`alter table if exists "ledger_entry" add column if not exists "intake_id" text null, add column if not exists "netted_fen" integer null;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_intake_id" ON "ledger_entry" ("intake_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ledger_entry_intake_id";`)
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "intake_id", drop column if exists "netted_fen";`)
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in ('lot_sale', 'contract_purchase', 'reversal'));`)
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_source_type_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_source_type_check" check ("source_type" in ('order_line', 'lot'));`)
  }
}
