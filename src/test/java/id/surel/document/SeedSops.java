package id.surel.document;

import id.surel.sop.SopDefinition;
import id.surel.sop.SopDefinitionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The four seed governments and their SOP definitions, read from the shipped resources, with an agency to apply
 * from and the number of dispositions down the chain an approved request passes (Cirebon's SOP has one staff actor).
 */
enum SeedSops {
    BOGOR("kota-bogor", "Pemerintah Kota Bogor", "sop/kota-bogor/pengelolaan-email-v1.yaml", "DISDIK",
            "kotabogor.go.id", 2),
    BATAM("kota-batam", "Pemerintah Kota Batam", "sop/kota-batam/akun-email-opd-v2.yaml", "BAPENDA", "batam.go.id", 1),
    MOROWALI("kab-morowali", "Pemerintah Kabupaten Morowali", "sop/kab-morowali/penerbitan-email-v2.yaml", "DINKES",
            "morowalikab.go.id", 3),
    CIREBON("kota-cirebon", "Pemerintah Kota Cirebon", "sop/kota-cirebon/akun-email-asn-v1.yaml", "DISDIK",
            "cirebonkota.go.id", 0);

    final String tenant;
    final String government;
    final String resource;
    final String unit;
    final String domain;
    final int dispositions;

    SeedSops(String tenant, String government, String resource, String unit, String domain, int dispositions) {
        this.tenant = tenant;
        this.government = government;
        this.resource = resource;
        this.unit = unit;
        this.domain = domain;
        this.dispositions = dispositions;
    }

    SopDefinition definition() {
        try (InputStream in = SeedSops.class.getClassLoader().getResourceAsStream(resource)) {
            return new SopDefinitionReader().read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
