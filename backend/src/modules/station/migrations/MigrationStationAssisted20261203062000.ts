import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// 代购: orders a station placed for villagers, their protected personal data and the pickup code's hash.

export class MigrationStationAssisted20261203062000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "station_assisted_order" ("id" text not null, "order_id" text not null, "idempotency_key" text not null, "villager_name" text not null, "villager_phone_sealed" text not null, "villager_phone_last4" text not null, "code_hash" text not null, "placed_by" text not null, "station_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_assisted_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_assisted_order_order_id_unique" ON "station_assisted_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_assisted_order_station_id" ON "station_assisted_order" ("station_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_assisted_order_deleted_at" ON "station_assisted_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_assisted_order_station_id_idempotency_key_unique" ON "station_assisted_order" ("station_id", "idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "station_assisted_order" add constraint "station_assisted_order_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "station_assisted_order" cascade;`);
  }

}
