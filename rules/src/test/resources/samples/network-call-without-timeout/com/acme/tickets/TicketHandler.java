package com.acme.tickets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A scheduled check that opens or closes a ticket per silent machine through a small REST helper. */
public class TicketHandler implements RequestHandler<String, String> {
    private final TicketClient tickets = new TicketClient(System.getenv("TICKETS_URL"), System.getenv("TICKETS_TOKEN"));

    @Override
    public String handleRequest(String machine, Context context) {
        try {
            String open = tickets.findOpen(machine);
            if (open == null) {
                tickets.open(machine);
                tickets.openBounded(machine);
            } else {
                tickets.close(open);
            }
            return open;
        } catch (Exception e) {
            return null;
        }
    }
}
