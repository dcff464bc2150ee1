#pragma once

#include "common/Problem.h"

#include <QString>

#include <optional>
#include <utility>

namespace Core::Common {

// A failure as a value: its kind, for the code that acts on it (connect again, ask for the
// password, stop), and its message for people, which says what happened and what to do.
struct Error {
    Problem kind = Problem::Other;
    QString message;

    // The database or a local mail folder failed: the message says which and why.
    static Error localStorage(QString message) { return { Problem::LocalStorage, std::move(message) }; }

    // Only a new connection can go on after it.
    bool endsConnection() const { return kind == Problem::ConnectionLost || kind == Problem::Cancelled; }
};

// The value an operation gives, or why it gives none (std::expected, which C++20 lacks).
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    // Only when there is no value.
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Done, or why not.
template <> class Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Done = Result<void>;

} // namespace Core::Common
