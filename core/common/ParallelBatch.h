#pragma once

#include <QList>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace Core::Common {

// One function run over a batch of inputs on a thread pool, the results handed back in
// the inputs' order. A scan starts the analysis of one batch and goes on waiting for
// the network's next answer, so the other cores work while this one waits. The pool's
// threads take inputs one at a time from a shared counter, which keeps them all busy
// however unevenly the inputs weigh; a thread that waits for the results takes inputs
// from the same counter, so it never idles while work is left, even when the pool is
// still busy with earlier batches. Dropping a batch unfinished leaves its untaken
// inputs undone and waits only for those already taken: no task outlives what it reads.
template <typename Result> class ParallelBatch {
public:
    template <typename Input, typename Function>
    ParallelBatch(QThreadPool& pool, QList<Input> inputs, Function function, int priority = 0)
        : m_state(std::make_shared<State>())
    {
        m_state->count = inputs.size();
        m_state->results.resize(m_state->count);
        auto shared = std::make_shared<const QList<Input>>(std::move(inputs));
        // Each index is written by one thread only, through a pointer taken before any
        // thread starts: the list itself is never touched concurrently.
        Result* const results = m_state->results.data();
        m_state->work
            = [shared, function, results](qsizetype index) { results[index] = function(shared->at(index)); };
        const qsizetype tasks
            = m_state->count == 0 ? 0 : qMin<qsizetype>(qMax(1, pool.maxThreadCount()), m_state->count);
        for (qsizetype task = 0; task < tasks; ++task)
            pool.start([state = m_state] { state->takeInputs(); }, priority);
    }

    ~ParallelBatch()
    {
        if (m_taken)
            return;
        const qsizetype started = qMin(m_state->next.exchange(m_state->count), m_state->count);
        m_state->done.acquire(int(started));
    }

    ParallelBatch(const ParallelBatch&) = delete;
    ParallelBatch& operator=(const ParallelBatch&) = delete;

    // Every input done: take() will not wait.
    bool isFinished() const { return m_state->done.available() >= m_state->count; }

    // Works on the inputs left, waits for the rest and gives up the results; once only.
    QList<Result> take()
    {
        m_state->takeInputs();
        m_state->done.acquire(int(m_state->count));
        m_taken = true;
        return std::move(m_state->results);
    }

private:
    struct State {
        QList<Result> results;
        std::function<void(qsizetype)> work;
        qsizetype count = 0;
        std::atomic<qsizetype> next { 0 };
        QSemaphore done; // one per input finished

        void takeInputs()
        {
            for (qsizetype index = next++; index < count; index = next++) {
                work(index);
                done.release();
            }
        }
    };

    std::shared_ptr<State> m_state;
    bool m_taken = false;
};

} // namespace Core::Common
