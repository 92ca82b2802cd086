import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128204832 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "member" ("id" text not null, "name" text not null, "village" text not null, "phone" text null, "id_number_encrypted" text not null, "id_number_last4" text not null, "poor_household" boolean not null default false, "joined_at" timestamptz not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_member_seller_id" ON "member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_member_deleted_at" ON "member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "member" add constraint "member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "member" cascade;`);
  }

}
