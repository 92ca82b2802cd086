import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Consolidated shipping: route runs, their stops and consignments, and each parcel's weight.

export class MigrationStationRouteRuns20261203060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "station_parcel" add column if not exists "weight_g" integer null;`);

    this.addSql(`create table if not exists "station_route_run" ("id" text not null, "day" text not null, "town" text not null, "number" integer not null, "route_kind" text check ("route_kind" in ('town', 'village')) not null, "capacity_parcels" integer not null, "capacity_kg" integer not null, "weight_g" integer not null, "status" text check ("status" in ('planned', 'under_way', 'done')) not null default 'planned', "started_at" timestamptz null, "done_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_route_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_route_run_deleted_at" ON "station_route_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_route_run_day_status" ON "station_route_run" ("day", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "station_route_stop" ("id" text not null, "sequence" integer not null, "station_id" text not null, "done_at" timestamptz null, "done_by" text null, "run_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_route_stop_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_route_stop_run_id" ON "station_route_stop" ("run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_route_stop_deleted_at" ON "station_route_stop" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_route_stop_run_id_sequence_unique" ON "station_route_stop" ("run_id", "sequence") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "station_route_consignment" ("id" text not null, "kind" text check ("kind" in ('parcel', 'seller_pickup', 'intake')) not null, "ref_id" text not null, "order_id" text not null, "code" text not null, "weight_g" integer not null, "from_station_id" text not null, "to_station_id" text not null, "run_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_route_consignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_route_consignment_run_id" ON "station_route_consignment" ("run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_route_consignment_deleted_at" ON "station_route_consignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_route_consignment_kind_ref_id_unique" ON "station_route_consignment" ("kind", "ref_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_route_consignment_order_id" ON "station_route_consignment" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "station_route_stop" add constraint "station_route_stop_run_id_foreign" foreign key ("run_id") references "station_route_run" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "station_route_consignment" add constraint "station_route_consignment_run_id_foreign" foreign key ("run_id") references "station_route_run" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "station_route_consignment" cascade;`);
    this.addSql(`drop table if exists "station_route_stop" cascade;`);
    this.addSql(`drop table if exists "station_route_run" cascade;`);
    this.addSql(`alter table if exists "station_parcel" drop column if exists "weight_g";`);
  }

}
