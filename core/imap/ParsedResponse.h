#pragma once

#include <memory>
#include <vector>

#include <vmime/net/imap/IMAPParser.hpp>

namespace Core::Imap {

// A whole answer to one command as vmime's parser read it (for the small answers: LIST,
// STATUS, SEARCH, BODYSTRUCTURE, COPYUID), which the readers of each kind look through.
class ParsedResponse {
public:
    using Parser = vmime::net::imap::IMAPParser;

    explicit ParsedResponse(std::unique_ptr<Parser::response> response);

    // Untagged data lines, in the order the server sent them.
    template <typename Visit> void forEachData(Visit visit) const
    {
        for (const Parser::continue_req_or_response_data* item :
            m_response->continue_req_or_response_data()) {
            if (const Parser::response_data* data = item->response_data())
                visit(*data);
        }
    }

    // The attributes of each FETCH line, in the order the server sent them. vmime 0.9.2
    // keeps a null attribute for an empty list ("* 1 FETCH ()", found by
    // fuzz_vmime_imap_answers): only those it read are visited.
    template <typename Visit> void forEachFetch(Visit visit) const
    {
        forEachData([&](const Parser::response_data& data) {
            const Parser::message_data* message = data.message_data();
            if (!message || message->type() != Parser::message_data::FETCH || !message->msg_att())
                return;
            std::vector<Parser::msg_att_item*> attributes;
            for (Parser::msg_att_item* attribute : message->msg_att()->items()) {
                if (attribute)
                    attributes.push_back(attribute);
            }
            visit(attributes);
        });
    }

    const Parser::resp_text* taggedText() const;

private:
    std::unique_ptr<Parser::response> m_response;
};

} // namespace Core::Imap
