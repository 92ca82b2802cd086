import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Pack sizes became variants: a size's net weight is its variant's weight (grams), so the listing's column goes once
// every single-size product's variant carries it. Products of one seller, line and grade are then merged into one
// by the `merge-pack-sizes` script (it moves rows of several modules, so it is a script, not a migration).
export class Migration20261203000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if exists (select 1 from information_schema.columns where table_name = 'listing' and column_name = 'net_weight_g')
        and to_regclass('product_variant') is not null then
        update "product_variant" v set "weight" = l."net_weight_g"
        from "listing" l where v."product_id" = l."product_id" and v."weight" is null;
      end if;
    end $$;`)
    this.addSql(`alter table if exists "listing" drop column if exists "net_weight_g";`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "listing" add column if not exists "net_weight_g" integer null;`)
  }
}
