package io.omnichannel.staff;

/** A group of staff sharing a task queue; tasks go to teams, never to one person who might be absent. */
public record Team(String id, String name, String leadUsername, String calendarId) {}
