import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// The station network: stations, their users and invitations, the association's rates, parcels and cash books.

export class Migration20261203020421 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "station_user" drop constraint if exists "station_user_email_unique";`);
    this.addSql(`alter table if exists "station_cash_entry" drop constraint if exists "station_cash_entry_parcel_id_unique";`);
    this.addSql(`alter table if exists "station_parcel" drop constraint if exists "station_parcel_order_id_unique";`);
    this.addSql(`alter table if exists "station_network_rate" drop constraint if exists "station_network_rate_code_unique";`);
    this.addSql(`alter table if exists "station_invite" drop constraint if exists "station_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "station" drop constraint if exists "station_code_unique";`);
    this.addSql(`create table if not exists "station" ("id" text not null, "code" text not null, "kind" text check ("kind" in ('county_hub', 'town', 'village')) not null, "name" text not null, "name_en" text not null, "town" text not null, "town_en" text not null, "village" text null, "village_en" text null, "address" text not null, "hours" text not null, "offers_pickup" boolean not null default true, "offers_parcel_collection" boolean not null default true, "offers_buy_for" boolean not null default false, "offers_sell_for" boolean not null default false, "offers_cash" boolean not null default true, "operator_name" text not null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "parent_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_code_unique" ON "station" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_parent_id" ON "station" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_deleted_at" ON "station" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_town_kind" ON "station" ("town", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_status" ON "station" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "station_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "token_hash" text not null, "accepted_at" timestamptz null, "expires_at" timestamptz not null, "station_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_invite_token_hash_unique" ON "station_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_invite_station_id" ON "station_invite" ("station_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_invite_deleted_at" ON "station_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "station_network_rate" ("id" text not null, "code" text not null, "currency_code" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_network_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_network_rate_code_unique" ON "station_network_rate" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_network_rate_deleted_at" ON "station_network_rate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "station_parcel" ("id" text not null, "order_id" text not null, "status" text check ("status" in ('shipped_to_hub', 'on_route', 'at_station', 'collected')) not null default 'shipped_to_hub', "code_hash" text null, "failed_attempts" integer not null default 0, "shipped_at" timestamptz not null, "dispatched_at" timestamptz null, "received_at" timestamptz null, "collected_at" timestamptz null, "collected_with" text check ("collected_with" in ('code', 'phone_and_id')) null, "received_by" text null, "handed_over_by" text null, "station_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_parcel_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_parcel_order_id_unique" ON "station_parcel" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_parcel_station_id" ON "station_parcel" ("station_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_parcel_deleted_at" ON "station_parcel" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_parcel_station_id_status" ON "station_parcel" ("station_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "station_cash_entry" ("id" text not null, "kind" text check ("kind" in ('received', 'remitted')) not null, "amount" numeric not null, "currency_code" text not null, "day" text not null, "note" text null, "recorded_by" text not null, "station_id" text not null, "parcel_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_cash_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_cash_entry_station_id" ON "station_cash_entry" ("station_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_cash_entry_parcel_id" ON "station_cash_entry" ("parcel_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_cash_entry_deleted_at" ON "station_cash_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_cash_entry_station_id_day" ON "station_cash_entry" ("station_id", "day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_cash_entry_parcel_id_unique" ON "station_cash_entry" ("parcel_id") WHERE parcel_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "station_user" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "station_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_user_email_unique" ON "station_user" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_user_station_id" ON "station_user" ("station_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_user_deleted_at" ON "station_user" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "station" add constraint "station_parent_id_foreign" foreign key ("parent_id") references "station" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "station_invite" add constraint "station_invite_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`);

    this.addSql(`alter table if exists "station_parcel" add constraint "station_parcel_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`);

    this.addSql(`alter table if exists "station_cash_entry" add constraint "station_cash_entry_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`);
    this.addSql(`alter table if exists "station_cash_entry" add constraint "station_cash_entry_parcel_id_foreign" foreign key ("parcel_id") references "station_parcel" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "station_user" add constraint "station_user_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "station" drop constraint if exists "station_parent_id_foreign";`);

    this.addSql(`alter table if exists "station_invite" drop constraint if exists "station_invite_station_id_foreign";`);

    this.addSql(`alter table if exists "station_parcel" drop constraint if exists "station_parcel_station_id_foreign";`);

    this.addSql(`alter table if exists "station_cash_entry" drop constraint if exists "station_cash_entry_station_id_foreign";`);

    this.addSql(`alter table if exists "station_user" drop constraint if exists "station_user_station_id_foreign";`);

    this.addSql(`alter table if exists "station_cash_entry" drop constraint if exists "station_cash_entry_parcel_id_foreign";`);

    this.addSql(`drop table if exists "station" cascade;`);

    this.addSql(`drop table if exists "station_invite" cascade;`);

    this.addSql(`drop table if exists "station_network_rate" cascade;`);

    this.addSql(`drop table if exists "station_parcel" cascade;`);

    this.addSql(`drop table if exists "station_cash_entry" cascade;`);

    this.addSql(`drop table if exists "station_user" cascade;`);
  }

}
