package com.acme.tools;

import java.io.IOException;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A command-line tool no handler reaches: not judged. */
public class Cli {
    public static void main(String[] args) throws IOException, SQLException {
        System.setProperty("http.keepAlive", "false");
        try (Connection db = DriverManager.getConnection(args[0]); Socket socket = new Socket(args[1], 80)) {
            db.close();
            socket.close();
        }
    }
}
