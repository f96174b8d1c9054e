package org.frontline.support;

import static org.frontline.vocabulary.DatePrecision.DAY;
import static org.frontline.vocabulary.DatePrecision.UNKNOWN;

import java.time.LocalDate;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.PlaceKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small linked record, as one import of three articles could leave it, every name ending in the fixture's tag:
 *
 * <pre>
 * Zarichna Oblast (region, alias "Zarichnenska")
 * ├── Lisovyi Raion (region)
 * │   └── Verbivka (settlement)
 * └── Ternové (settlement, aliases "Ternove", "Тернове")
 * Siverka River (water)
 *
 * sources   ledger  "Forces return to Ternové"   Kyiv Ledger             2022-09-10
 *           wire    "Strikes near Verbivka"      Field Wire              2022-09-12
 *           copy    "Strikes near Verbivka"      Field Wire Syndication  2022-09-13  (a copy of wire)
 *
 * events    regained  TERRITORY_REGAINED  2022-09-10  Ternové    Marchenko, Territorial Defence   ledger, wire
 *           attack    ATTACK              2022-09-11  Verbivka                                    wire, copy
 *           harm      CIVILIAN_HARM       (no date)   Ternové    Hnatiuk                          ledger
 *
 * quotes    home      "We are home again"           Marchenko            ledger  regained
 *           shelling  "The shelling did not stop"   Territorial Defence  wire    attack
 *           unknown   "Nobody knows what comes"     (no speaker)         ledger
 *
 * mentions  ledger: Ternové (twice), Zarichna Oblast, Marchenko, Territorial Defence
 *           wire:   Verbivka, Lisovyi Raion, Hnatiuk;  copy: Verbivka
 * </pre>
 */
public class LinkedRecord {

    public final RecordFixture fixture;

    public final long oblast;
    public final long raion;
    public final long verbivka;
    public final long ternove;
    public final long river;

    public final long marchenko;
    public final long hnatiuk;
    public final long defence;

    public final long ledger;
    public final long wire;
    public final long copy;

    public final long regained;
    public final long attack;
    public final long harm;

    public final long home;
    public final long shelling;
    public final long unknown;

    public LinkedRecord(JdbcClient jdbc) {
        fixture = new RecordFixture(jdbc);
        RecordFixture f = fixture;

        oblast = f.place(f.tagged("Zarichna Oblast"), PlaceKind.REGION, null, f.tagged("Zarichnenska"));
        raion = f.place(f.tagged("Lisovyi Raion"), PlaceKind.REGION, oblast);
        verbivka = f.place(f.tagged("Verbivka"), PlaceKind.SETTLEMENT, raion);
        ternove = f.place(f.tagged("Ternové"), PlaceKind.SETTLEMENT, oblast,
                f.tagged("Ternove"), f.tagged("Тернове"));
        river = f.place(f.tagged("Siverka River"), PlaceKind.WATER, null);

        marchenko = f.person(f.tagged("Olena Marchenko"), "governor of the region", f.tagged("O. Marchenko"));
        hnatiuk = f.person(f.tagged("Taras Hnatiuk"), "mayor");
        defence = f.organization(f.tagged("Zarichna Territorial Defence"), f.tagged("ZTD"));

        ledger = f.source(f.tagged("Forces return to Ternové"), f.tagged("Kyiv Ledger"), LocalDate.of(2022, 9, 10));
        wire = f.source(f.tagged("Strikes near Verbivka"), f.tagged("Field Wire"), LocalDate.of(2022, 9, 12));
        copy = f.source(f.tagged("Strikes near Verbivka"), f.tagged("Field Wire Syndication"),
                LocalDate.of(2022, 9, 13), wire);

        regained = f.event(EventType.TERRITORY_REGAINED, f.tagged("Ternové retaken"), LocalDate.of(2022, 9, 10), DAY);
        f.eventPlace(regained, ternove);
        f.eventPerson(regained, marchenko);
        f.eventActor(regained, defence);
        f.eventEvidence(regained, f.evidence(ledger, "Defenders raised the flag over Ternové on Saturday.", 0));
        f.eventEvidence(regained, f.evidence(wire, "Ternové is back under Ukrainian control.", 40));

        attack = f.event(EventType.ATTACK, f.tagged("Shelling of Verbivka"), LocalDate.of(2022, 9, 11), DAY);
        f.eventPlace(attack, verbivka);
        f.eventEvidence(attack, f.evidence(wire, "Artillery hit the school in Verbivka overnight.", 0));
        f.eventEvidence(attack, f.evidence(copy, "Artillery hit the school in Verbivka overnight.", 0));

        harm = f.event(EventType.CIVILIAN_HARM, f.tagged("Civilians wounded"), null, UNKNOWN);
        f.eventPlace(harm, ternove);
        f.eventPerson(harm, hnatiuk);
        f.eventEvidence(harm, f.evidence(ledger, "Two residents were wounded by a mine.", 60));

        home = f.quote(ledger, "We are home again", marchenko, null, regained);
        shelling = f.quote(wire, "The shelling did not stop", null, defence, attack);
        unknown = f.quote(ledger, "Nobody knows what comes", null, null, null);

        f.placeMention(ledger, ternove, 10);
        f.placeMention(ledger, ternove, 50);
        f.placeMention(ledger, oblast, 70);
        f.personMention(ledger, marchenko, 80);
        f.organizationMention(ledger, defence, 90);
        f.placeMention(wire, verbivka, 10);
        f.placeMention(wire, raion, 20);
        f.personMention(wire, hnatiuk, 30);
        f.placeMention(copy, verbivka, 10);
    }

    public String tag() {
        return fixture.tag();
    }

    public String tagged(String name) {
        return fixture.tagged(name);
    }

    public static String id(String type, long id) {
        return RecordFixture.id(type, id);
    }
}
