import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202140115 extends Migration {

  override async up(): Promise<void> {
    // Codes are compared trimmed and in upper case: store the existing ones that way before making them unique.
    this.addSql(`update "seller" set "credit_code" = upper(btrim("credit_code")) where "credit_code" is not null;`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_credit_code_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_credit_code_unique" ON "seller" ("credit_code") WHERE credit_code IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_seller_credit_code_unique";`);
  }

}
