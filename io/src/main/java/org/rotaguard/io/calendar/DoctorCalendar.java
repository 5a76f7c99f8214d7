package org.rotaguard.io.calendar;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;

/**
 * One doctor's duties as an iCalendar file (RFC 5545): an event per duty on its real dates,
 * in the rota's time zone with its VTIMEZONE, so calendars keep the times right across clock
 * changes. A template rota gives one cycle from its start.
 */
public final class DoctorCalendar {
    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm", Locale.ROOT);
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private DoctorCalendar() {
    }

    /** The calendar text; {@code uidDomain} makes event ids unique to this rota (e.g. {@code rota-3.rotaguard}). */
    public static String write(Rota rota, Doctor doctor, DutyDefinitions definitions, String uidDomain) {
        DoctorTimeline t = RotaLayout.layOut(rota, definitions, doctor);
        Calendar calendar = new Calendar()
                .withProdId("-//rotaguard//rota calendar//EN")
                .withDefaults()
                .getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", doctor.label() + " – " + rota.name()));
        calendar.add(new XProperty("X-WR-TIMEZONE", rota.zone().getId()));
        VTimeZone zone = ZONES.getTimeZone(rota.zone().getId()).getVTimeZone();
        calendar.add(zone);
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            ShiftType type = t.shiftType(i);
            ZonedDateTime start = t.zoned(t.start(i)).withZoneSameInstant(rota.zone());
            ZonedDateTime end = t.zoned(t.end(i)).withZoneSameInstant(rota.zone());
            String summary = type.onCall() ? type.label() + " (on call)" : type.label();
            VEvent event = new VEvent(start, end, summary);
            event.add(new Uid(doctor.id() + "-" + UID_TIME.format(start) + "-" + type.code() + "@" + uidDomain));
            event.add(new Description(type.code() + " " + type.start() + "–" + type.end()
                    + (type.onCall() ? ", non-resident on call" : "") + ". " + rota.name()));
            event.add(new Categories(type.onCall() ? "On call" : "Shift"));
            calendar.add(event);
        }
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write the calendar", e);
        }
    }
}
