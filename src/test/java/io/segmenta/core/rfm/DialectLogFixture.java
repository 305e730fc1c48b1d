package io.segmenta.core.rfm;

/**
 * A hand-made transaction log in a German spreadsheet's dialect: semicolons, decimal commas,
 * {@code dd.mm.yyyy HH:MM}, amounts given directly, returns as negative amounts, no invoice prefix,
 * text customer ids, two rows without a customer and a customer with a return only.
 */
public final class DialectLogFixture {
    /** The file's text. */
    public static final String LOG = """
            Kunde;Datum;Beleg;Betrag;Artikel;Kanal
            K2;03.01.2024 09:15;1001;12,50;A;Laden
            K2;03.01.2024 09:15;1001;7,25;B;Laden
            K10;05.01.2024 18:40;1002;99,90;C;Online
            K3;05.01.2024 10:00;1003;5,00;A;Laden
            ;06.01.2024 11:11;1004;40,00;A;Laden
            K2;10.01.2024 14:30;1005;20,00;C;Online
            K7;11.01.2024 08:05;1006;250,00;D;Online
            K7;11.01.2024 08:05;1006;-50,00;D;Online
            K10;15.01.2024 12:00;1007;15,75;A;Online
            K3;15.01.2024 12:30;1008;5,50;B;Laden
            K5;18.01.2024 16:45;1009;-30,00;B;Laden
            K4;20.01.2024 19:20;1010;60,00;A;Laden
            K4;20.01.2024 19:20;1010;30,00;E;Laden
            K10;22.01.2024 09:00;1011;45,10;B;Laden
            K8;25.01.2024 13:13;1012;8,80;C;Online
            K2;28.01.2024 17:00;1013;-7,25;B;Laden
            K6;30.01.2024 10:10;1014;120,00;E;Online
            K10;01.02.2024 20:45;1015;30,00;C;Online
            K4;02.02.2024 11:00;1016;15,00;A;Online
            K8;03.02.2024 15:30;1017;12,20;A;Online
            K6;05.02.2024 09:45;1018;-120,00;E;Online
            K9;06.02.2024 18:00;1019;33,30;D;Laden
            K3;07.02.2024 08:30;1020;6,00;C;Laden
            ;08.02.2024 12:00;1021;11,00;B;Online
            K10;09.02.2024 21:15;1022;18,00;A;Online
            K11;09.02.2024 22:00;1023;75,00;B;Online
            K9;09.02.2024 10:00;1024;33,30;D;Laden
            """;
    private DialectLogFixture() {
    }
}
