import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// What each shipped line took from which lot (FEFO), kept for recalls.
export class Migration20261203120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "lot_allocation" ("id" text not null, "receipt_id" text not null, "order_id" text not null, "line_item_id" text not null, "variant_id" text not null, "packs" integer not null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_allocation_lot_id" ON "lot_allocation" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_allocation_deleted_at" ON "lot_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_allocation_receipt_id" ON "lot_allocation" ("receipt_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_allocation_order_id" ON "lot_allocation" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lot_allocation" add constraint "lot_allocation_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lot_allocation" cascade;`);
  }

}
