package id.surel.mailbox;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail whose SMTP server answers without Nagle's delay. GreenMail writes and flushes each line of a multi-line
 * reply (the EHLO answer) on its own; with Nagle on, the second line waits for the client's delayed ACK, about 40 ms
 * on Linux, on every connection. Setting TCP_NODELAY on accepted sockets removes that stall (what real MTAs do).
 */
class PromptGreenMail extends GreenMail {

    PromptGreenMail(ServerSetup[] setups) {
        super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        AbstractServer smtp = services.get(ServerSetup.PROTOCOL_SMTP);
        if (smtp != null) {
            services.put(ServerSetup.PROTOCOL_SMTP, new PromptSmtpServer(smtp.getServerSetup(), managers));
        }
        return services;
    }

    private static final class PromptSmtpServer extends SmtpServer {

        PromptSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }
}
